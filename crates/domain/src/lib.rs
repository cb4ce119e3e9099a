//! concord-domain
