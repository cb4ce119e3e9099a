//! concord-documents
