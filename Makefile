# Concord: `make run` starts the app, `make test` runs every check.
# Both install what is missing first (Debian packages, npm packages, crates).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev libxdo-dev webkit2gtk-driver xvfb xauth \
	poppler-utils qpdf imagemagick libnss3-tools
TAURI_DRIVER_VERSION := 2.1.0
UI_SOURCES := $(shell find ui/src ui/index.html ui/public locales -type f 2>/dev/null) ui/vite.config.ts ui/tsconfig.json
APP := target/debug/concord-app

.PHONY: run test deps deps-system deps-rust deps-ui ui app cli lint fmt-check clippy rust-test ui-test e2e bench clean-e2e

## Start the desktop app (on first start it offers the demo dialogue).
run: deps app
	WEBKIT_DISABLE_DMABUF_RENDERER=1 ./$(APP)

## Every check CI runs.
test: deps ui-test ui fmt-check clippy rust-test e2e
	@echo "make test: all checks passed"

deps: deps-system deps-rust deps-ui

# Installs only the Debian packages that are missing, without questions.
deps-system:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps-rust:
	@command -v $(CARGO) >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again."; exit 1; }
	@if ! tauri-driver --help >/dev/null 2>&1 || [ "$$($(CARGO) install --list | grep -c '^tauri-driver v$(TAURI_DRIVER_VERSION):')" = 0 ]; then \
		$(CARGO) install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked; \
	fi

# npm ci only when the lock file changed since the last install.
deps-ui: ui/node_modules/.installed
ui/node_modules/.installed: ui/package-lock.json ui/package.json
	cd ui && npm ci --no-audit --no-fund
	touch $@

ui: ui/dist/index.html
ui/dist/index.html: ui/node_modules/.installed $(UI_SOURCES)
	cd ui && npm run build

app: ui
	$(CARGO) build -p concord-app

cli:
	$(CARGO) build -p concord-cli

fmt-check:
	$(CARGO) fmt --all --check

clippy: ui
	$(CARGO) clippy --workspace --all-targets -- -D warnings

rust-test: ui
	$(CARGO) test --workspace

ui-test: deps-ui
	cd ui && npm run check && npm test

## The real window under Xvfb, driven by tauri-driver and WebKitWebDriver.
e2e: app
	rm -rf target/e2e
	timeout 600 xvfb-run -a -s "-screen 0 1366x768x24" node tests/e2e/walk.mjs $(APP)

## Criterion benchmarks (not part of `make test`).
bench: deps
	$(CARGO) bench -p concord-documents -p concord-domain -p concord-store -p concord-signing -p concord-charts
	$(CARGO) run --release -q -p concord-cli -- bench minutes --content crates/documents/tests/fixtures/minutes-20p.json --lang bilingual
