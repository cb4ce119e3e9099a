//! concord-store
