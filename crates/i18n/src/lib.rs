//! concord-i18n
