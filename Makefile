# Rollbook: `make run` starts the application, `make test` runs every test. On a Debian 12 or
# Ubuntu machine both first install what is missing (scripts/install-deps.sh), then configure
# once and build what changed.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
# Warnings are errors in CI (CI=true), and advice on a developer's machine.
WERROR     ?= $(if $(CI),ON,OFF)
# The models and command-line tests run on SQLite and again on a throwaway PostgreSQL server
# (scripts/test-postgresql.sh, started and stopped by ctest itself); OFF runs SQLite only.
POSTGRESQL ?= ON
CMAKE_ARGS ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)

CTEST_ARGS ?=

.PHONY: all deps build run test test-models test-ui test-cli format check-format clean

all: build

deps:
	@scripts/install-deps.sh

# Configure only when there is no build yet; Ninja re-runs CMake itself when a CMake file changes.
$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	    -DROLLBOOK_WERROR=$(WERROR) -DROLLBOOK_TEST_POSTGRESQL=$(POSTGRESQL) $(CMAKE_ARGS)

build: $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	$(BUILD_DIR)/app/rollbook/rollbook $(ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure \
	    --parallel $(JOBS) $(CTEST_ARGS)

test-models test-ui test-cli: test-%: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -L $* $(CTEST_ARGS)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

check-format:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

clean:
	rm -rf $(BUILD_DIR)
