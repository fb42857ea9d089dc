# Liaison: two commands for a newcomer, `make run` and `make test`.
GO ?= go
# Extra Debian packages for tests (the AAR browser test needs Chromium).
TEST_PKGS ?= chromium

.PHONY: run test lint deps test-deps bench fuzz screenshots web

## run: install missing system packages, then open the desktop game
run: deps
	$(GO) run ./cmd/liaison

## test: install missing system packages, then run every test under Xvfb
## (-timeout 20m: game/webclient plays two games in a software-rendered
## headless Chromium, up to 9 minutes on a loaded 2-core machine)
test: test-deps
	xvfb-run -a $(GO) test -count=1 -timeout 20m ./...
	$(GO) test -race -count=1 ./game/room ./game/netplay ./game/ui/hosting

## screenshots: the UI tests under Xvfb write every screen they visit to
## game/ui/testdata/screens/*.png (gitignored), to look at as a trainee would.
screenshots: test-deps
	xvfb-run -a $(GO) test -count=1 ./game/ui
	@ls game/ui/testdata/screens/*.png

## web: build the browser client into web/dist/ (gitignored): the game as
## WebAssembly, a gzipped copy for servers that send it (game/webclient),
## Go's wasm_exec.js and the page. Serve that folder; see docs/browser.md.
WEB_DIST ?= web/dist
web:
	@mkdir -p $(WEB_DIST)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o $(WEB_DIST)/liaison.wasm ./cmd/liaison
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" web/index.html $(WEB_DIST)/
	gzip -9 -k -f $(WEB_DIST)/liaison.wasm
	@ls -l $(WEB_DIST)

## lint: gofmt, go vet and staticcheck (pinned in go.mod as a tool)
lint:
	@out=$$(gofmt -l cmd game scenarios assets tools 2>/dev/null); \
	  if [ -n "$$out" ]; then echo "gofmt: not formatted:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

deps:
	tools/install-deps.sh

test-deps:
	tools/install-deps.sh $(TEST_PKGS)

## bench: the benchmarks named in the issues (the games/s figures are for one
## core: `make bench BENCHFLAGS=-cpu=1`). On 2-vCPU VMs where CPU 0 takes the
## interrupts, compare runs pinned with `taskset -c 1 make bench`.
BENCHFLAGS ?=
bench: deps
	xvfb-run -a $(GO) test -run '^$$' -bench . -benchmem $(BENCHFLAGS) ./game/...

## fuzz: run each fuzz target from its committed seed corpus (testdata/fuzz)
## for a number of inputs, not a time: Go 1.26's fuzzing coordinator can fail
## a run bounded by -fuzztime=<duration> with "context deadline exceeded" as
## the time runs out (golang/go#75804, fixed in Go 1.27). A target is
## pkg:Name or pkg:Name:count (FuzzExplain plays a game per input, ~90 a
## second here); `make fuzz FUZZTIME=10m` for a long local run of each.
FUZZCOUNT ?= 20000x
FUZZTIME ?=
FUZZ_TARGETS ?= ./game/save:FuzzLoadSave ./game/save:FuzzDecodeRecord \
  ./game/scenario:FuzzParse ./game/scenario:FuzzPrescanTokenBound ./game/scenario:FuzzPrescanBounds \
  ./game/report:FuzzLRSReply ./game/report:FuzzLRSRedactURL ./game/report:FuzzMarkdownEscapers \
  ./game/termsafe:FuzzLine ./game/explain:FuzzExplain:1500x \
  ./cmd/liaisonctl:FuzzParseOrdersScript ./cmd/liaisonctl:FuzzParseShard ./cmd/liaisonctl:FuzzMergeParts \
  ./game/netplay:FuzzDecode ./game/netplay:FuzzRoomMessages ./game/netplay:FuzzAppendString
# Not here yet: ./game/rules:FuzzResolve. From a fresh cache it once sat on
# one input for over a minute (a slow engine path, not yet found); run it
# by hand with `make fuzz FUZZ_TARGETS=./game/rules:FuzzResolve`.
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; rest=$${t#*:}; fn=$${rest%%:*}; n=$${rest#"$$fn"}; n=$${n#:}; \
	  budget=$${n:-$(FUZZCOUNT)}; if [ -n "$(FUZZTIME)" ]; then budget=$(FUZZTIME); fi; \
	  echo "fuzz $$fn in $$pkg for $$budget"; \
	  $(GO) test -run '^$$' -fuzz "^$$fn$$" -fuzztime $$budget -fuzzminimizetime 2000x $$pkg; \
	done
