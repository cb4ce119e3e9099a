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
}

impl AppState {
    /// Opens the database named by `CONCORD_DB`, or the default one in the data folder.
    pub fn open() -> Result<AppState, StoreError> {
        let db_path = std::env::var_os("CONCORD_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(concord_store::default_db_path);
        let store = Store::open(&db_path)?;
        let locale = store
            .setting(LOCALE_KEY)?
            .and_then(|tag| Locale::parse(&tag))
            .unwrap_or_else(Locale::from_env);
        Ok(AppState {
            store: Mutex::new(store),
            locale: Mutex::new(locale),
            db_path,
        })
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
