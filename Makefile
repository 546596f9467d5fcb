# councildoc: `make run` builds both editions of content/ into output/; `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/councildoc

.PHONY: all deps build run check test clean

all: run

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product councildoc

run: build
	$(BIN) build --project . --output output

check: build
	$(BIN) check --project .

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build output
