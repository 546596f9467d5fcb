# councildoc: `make run` builds both editions of content/ (HTML, Markdown, PDF, DOCX) into output/; `make test` runs the tests.
SWIFT ?= swift
CONFIG ?= release
BIN := .build/$(CONFIG)/councildoc

.PHONY: all deps build run check test clean fuzz browser-test bench

all: run

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product councildoc

run: build
	$(BIN) build --project . --output output --pdf --docx

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

# The benchmark (not part of `make test`; a smoke run of it is): synthetic corpora of about
# 150, 1,000 and 10,000 files. Prints two Markdown tables: per size, full builds of both
# editions (median/min/max, peak memory), no-op rebuilds (p50/p95) against the libcmark-gfm
# floor, the cmark-gfm command and Hugo (installed when missing; time and peak-memory
# ratios); then per size and kind of edit (an action's body, a strategy objective, a LIMITE
# marker, a note's body) the p50/p95 of EDITS rebuilds with `councildoc build` and of
# SERVE_EDITS edit-to-page times under `councildoc serve`, in seconds and % of the full
# build. SIZES=150,1000 RUNS=3 EDITS=20 SERVE_EDITS=10 to change (SERVE_EDITS=0: no serve).
SIZES ?= 150,1000,10000
RUNS ?= 3
EDITS ?= 20
SERVE_EDITS ?= 10
bench: deps
	command -v hugo >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq hugo cmark-gfm) || true
	$(SWIFT) build -c release --product councildoc
	$(SWIFT) build -c release --product councildoc-bench
	.build/release/councildoc-bench --sizes $(SIZES) --runs $(RUNS) --edits $(EDITS) --serve-edits $(SERVE_EDITS)
