//! What the running app holds: the open database and the interface language.
//!
//! The open database is the person's own (`$CONCORD_DB` or the default) or, while they look at
//! the demo, the demo's own file in `demo/` beside it, so the demo never touches their dialogue.
//! Which one was open last is remembered in the person's own database.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use concord_i18n::{I18n, Locale};
use concord_store::{Store, StoreError};

use crate::dto::ApiError;

const LOCALE_KEY: &str = "ui.locale";
/// Set in the person's own database while the demo is open, so a restart reopens the demo.
const DEMO_OPEN_KEY: &str = "ui.demo-open";

#[derive(Debug)]
pub struct AppState {
    store: Mutex<Store>,
    locale: Mutex<Locale>,
    /// The person's own database.
    home_path: PathBuf,
    /// The database open now: `home_path`, or the demo's.
    db_path: Mutex<PathBuf>,
    /// Why the database could not be opened; the app then shows the recovery screen and runs
    /// on an empty in-memory store until a backup is restored.
    recovery: Mutex<Option<StoreError>>,
}

impl AppState {
    /// Opens the database named by `CONCORD_DB`, or the default one in the data folder.
    pub fn open() -> Result<AppState, StoreError> {
        let path = Self::configured_path();
        if path.as_os_str() == concord_store::DEFAULT_DB_DISPLAY {
            return Err(StoreError::NoDatabase { path });
        }
        Self::open_at(path)
    }

    /// Opens the person's database at `home_path`, or the demo's if it was open last.
    pub fn open_at(home_path: PathBuf) -> Result<AppState, StoreError> {
        let mut store = Store::open(&home_path)?;
        let mut db_path = home_path.clone();
        // Reopen the demo if it was open when the app last closed (and is still there).
        let demo_path = demo_path_for(&home_path);
        if store.setting(DEMO_OPEN_KEY)?.as_deref() == Some("1") && demo_path.exists() {
            store = Store::open(&demo_path)?;
            db_path = demo_path;
        }
        let locale = store
            .setting(LOCALE_KEY)?
            .and_then(|tag| Locale::parse(&tag))
            .unwrap_or_else(Locale::from_env);
        Ok(AppState {
            store: Mutex::new(store),
            locale: Mutex::new(locale),
            home_path,
            db_path: Mutex::new(db_path),
            recovery: Mutex::new(None),
        })
    }

    /// `$CONCORD_DB`, else the data folder's `concord/concord.db`; with neither (no home
    /// folder) a path that does not exist, so the app opens in recovery instead of creating a
    /// database in whatever folder it was started from.
    fn configured_path() -> PathBuf {
        std::env::var_os("CONCORD_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(concord_store::default_db_path)
            .unwrap_or_else(|| PathBuf::from(concord_store::DEFAULT_DB_DISPLAY))
    }

    /// Opens the database, or, when it cannot be opened (damaged, unreadable, newer), a state
    /// in recovery: never a crash, never a silent reset.
    pub fn open_or_recover() -> Result<AppState, StoreError> {
        match Self::open() {
            Ok(state) => Ok(state),
            Err(error) => Ok(AppState {
                store: Mutex::new(Store::open_in_memory()?),
                locale: Mutex::new(Locale::from_env()),
                home_path: Self::configured_path(),
                db_path: Mutex::new(Self::configured_path()),
                recovery: Mutex::new(Some(error)),
            }),
        }
    }

    /// The localized reason the app is in recovery, if it is.
    pub fn recovery_message(&self) -> Option<String> {
        let guard = self.recovery.lock().unwrap_or_else(|p| p.into_inner());
        guard.as_ref().map(|e| {
            let (id, args) = e.message();
            self.i18n().fmt_text(id, &args)
        })
    }

    /// Closes the database, lets `f` replace the file (restore, import), then opens it again.
    /// If it cannot be opened afterwards, the app goes into recovery instead.
    pub fn replace_database<T>(
        &self,
        f: impl FnOnce(&std::path::Path) -> Result<T, StoreError>,
    ) -> Result<T, ApiError> {
        let mut store = self.lock_store()?;
        let placeholder = Store::open_in_memory().map_err(|e| ApiError::store(&e, &self.i18n()))?;
        drop(std::mem::replace(&mut *store, placeholder));
        let db_path = self.db_path();
        let result = f(&db_path);
        let mut recovery = self.recovery.lock().unwrap_or_else(|p| p.into_inner());
        match Store::open(&db_path) {
            Ok(reopened) => {
                *store = reopened;
                *recovery = None;
            }
            Err(error) => *recovery = Some(error),
        }
        result.map_err(|e| ApiError::store(&e, &self.i18n()))
    }

    /// The database open now.
    pub fn db_path(&self) -> PathBuf {
        self.db_path
            .lock()
            .map(|p| p.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// True while the demo's own database is open instead of the person's.
    pub fn is_demo_database(&self) -> bool {
        self.db_path() != self.home_path
    }

    pub fn demo_path(&self) -> PathBuf {
        demo_path_for(&self.home_path)
    }

    /// Opens the demo's database (made with the demo dialogue if new), or, with `demo` false,
    /// the person's own again. The interface language goes along; the person's database only
    /// records which one is open.
    pub fn switch_database(&self, demo: bool, today: chrono::NaiveDate) -> Result<(), ApiError> {
        let i18n = self.i18n();
        let to_api = |e: StoreError| ApiError::store(&e, &i18n);
        let target = if demo {
            self.demo_path()
        } else {
            self.home_path.clone()
        };
        let mut next = Store::open(&target).map_err(to_api)?;
        if demo && next.dialogue().map_err(to_api)?.is_none() {
            concord_store::demo::create(&mut next, today).map_err(to_api)?;
        }
        next.set_setting(LOCALE_KEY, self.locale().tag())
            .map_err(to_api)?;
        let mut store = self.lock_store()?;
        // Remember the choice in the person's own database, whichever is open now.
        if *self.db_path.lock().unwrap_or_else(|p| p.into_inner()) == self.home_path {
            remember_demo(&mut store, demo).map_err(to_api)?;
        } else {
            let mut home = Store::open(&self.home_path).map_err(to_api)?;
            remember_demo(&mut home, demo).map_err(to_api)?;
        }
        *store = next;
        *self.db_path.lock().unwrap_or_else(|p| p.into_inner()) = target;
        Ok(())
    }

    pub fn locale(&self) -> Locale {
        self.locale.lock().map(|l| *l).unwrap_or_default()
    }

    pub fn i18n(&self) -> I18n {
        I18n::new(self.locale())
    }

    /// Runs `f` on the store and turns its error into a localized `ApiError`.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, ApiError> {
        let mut store = self.lock_store()?;
        f(&mut store).map_err(|e| ApiError::store(&e, &self.i18n()))
    }

    fn lock_store(&self) -> Result<MutexGuard<'_, Store>, ApiError> {
        // A panic while holding the lock cannot leave a half-written row: every write is a transaction.
        Ok(self
            .store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()))
    }

    pub fn set_locale(&self, locale: Locale) -> Result<(), ApiError> {
        self.with_store(|store| store.set_setting(LOCALE_KEY, locale.tag()))?;
        if let Ok(mut current) = self.locale.lock() {
            *current = locale;
        }
        Ok(())
    }
}

/// The demo's own database: `demo/concord-demo.db` beside the person's, with its own backups
/// and keys, so nothing of the demo mixes with their dialogue.
fn demo_path_for(home: &Path) -> PathBuf {
    home.parent()
        .unwrap_or_else(|| Path::new("."))
        .join("demo")
        .join("concord-demo.db")
}

fn remember_demo(home: &mut Store, demo: bool) -> Result<(), StoreError> {
    home.set_setting(DEMO_OPEN_KEY, if demo { "1" } else { "0" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default()
    }

    fn city(state: &AppState) -> Option<String> {
        state
            .with_store(|s| s.dialogue())
            .ok()
            .flatten()
            .map(|d| d.city_en)
    }

    #[test]
    fn the_demo_opens_in_its_own_database_and_is_remembered_until_left() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let home = dir.path().join("concord.db");
        let state = AppState::open_at(home.clone()).expect("opens");
        assert!(!state.is_demo_database());
        state.set_locale(Locale::ZhCn).expect("language saved");

        state.switch_database(true, day()).expect("demo opens");
        assert!(state.is_demo_database());
        assert_eq!(city(&state).as_deref(), Some("Weinan"));
        assert_eq!(state.locale(), Locale::ZhCn, "the language goes along");
        // The person's own database holds no demo data.
        assert!(
            Store::open(&home)
                .and_then(|s| s.dialogue())
                .expect("readable")
                .is_none()
        );

        drop(state);
        let reopened = AppState::open_at(home.clone()).expect("opens again");
        assert!(reopened.is_demo_database(), "a restart reopens the demo");
        assert_eq!(reopened.locale(), Locale::ZhCn);

        reopened.switch_database(false, day()).expect("back home");
        assert!(!reopened.is_demo_database());
        assert_eq!(city(&reopened), None);
        drop(reopened);
        assert!(!AppState::open_at(home).expect("opens").is_demo_database());
    }
}
