//! Preferences of this installation, such as the interface language.

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::Store;

    #[test]
    fn settings_are_remembered_and_replaced() {
        let store = Store::open_in_memory().expect("store");
        assert_eq!(store.setting("locale").expect("read"), None);
        store.set_setting("locale", "zh-CN").expect("write");
        store.set_setting("locale", "en").expect("write");
        assert_eq!(
            store.setting("locale").expect("read").as_deref(),
            Some("en")
        );
    }
}
