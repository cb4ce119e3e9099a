//! What the running app holds: the open database and the interface language.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use concord_i18n::{I18n, Locale};
use concord_store::{Store, StoreError};

use crate::dto::ApiError;

const LOCALE_KEY: &str = "ui.locale";

#[derive(Debug)]
pub struct AppState {
    store: Mutex<Store>,
    locale: Mutex<Locale>,
    pub db_path: PathBuf,
    /// Why the database could not be opened; the app then shows the recovery screen and runs
    /// on an empty in-memory store until a backup is restored.
    recovery: Mutex<Option<StoreError>>,
}

impl AppState {
    /// Opens the database named by `CONCORD_DB`, or the default one in the data folder.
    pub fn open() -> Result<AppState, StoreError> {
        let db_path = Self::configured_path();
        let store = Store::open(&db_path)?;
        let locale = store
            .setting(LOCALE_KEY)?
            .and_then(|tag| Locale::parse(&tag))
            .unwrap_or_else(Locale::from_env);
        Ok(AppState {
            store: Mutex::new(store),
            locale: Mutex::new(locale),
            db_path,
            recovery: Mutex::new(None),
        })
    }

    fn configured_path() -> PathBuf {
        std::env::var_os("CONCORD_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(concord_store::default_db_path)
    }

    /// Opens the database, or, when it cannot be opened (damaged, unreadable, newer), a state
    /// in recovery: never a crash, never a silent reset.
    pub fn open_or_recover() -> Result<AppState, StoreError> {
        match Self::open() {
            Ok(state) => Ok(state),
            Err(error) => Ok(AppState {
                store: Mutex::new(Store::open_in_memory()?),
                locale: Mutex::new(Locale::from_env()),
                db_path: Self::configured_path(),
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
        let result = f(&self.db_path);
        let mut recovery = self.recovery.lock().unwrap_or_else(|p| p.into_inner());
        match Store::open(&self.db_path) {
            Ok(reopened) => {
                *store = reopened;
                *recovery = None;
            }
            Err(error) => *recovery = Some(error),
        }
        result.map_err(|e| ApiError::store(&e, &self.i18n()))
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
