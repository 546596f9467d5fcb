# councildoc: `make run` builds both editions of content/ into output/; `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/councildoc

.PHONY: all deps build run check test clean fuzz browser-test

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

# Fuzzing: `make fuzz SECONDS=600` runs libFuzzer (with AddressSanitizer) over load → link →
# public transform → render; crashes are written to Fuzz/crash-*; copy each into
# Tests/CouncilDocTests/Fixtures/fuzz-regressions/ so that a test replays it.
SECONDS ?= 60
fuzz: deps
	ln -sfn .. Fuzz/councildoc
	cd Fuzz && $(SWIFT) build -c release --product councildoc-fuzz --sanitize fuzzer --sanitize address
	mkdir -p Fuzz/corpus
	cd Fuzz && ./.build/release/councildoc-fuzz -max_total_time=$(SECONDS) -timeout=20 -rss_limit_mb=4096 -artifact_prefix=./ corpus seeds

# Renders the sample content in headless Chromium (PDF and PNG), checks the printed pages
# with pdftotext and every page with the Nu HTML Checker; see scripts/browser-test.sh.
browser-test: deps
	./scripts/browser-test.sh
