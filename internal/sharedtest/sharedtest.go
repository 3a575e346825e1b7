// Package sharedtest finds the project's shared data folder for tests:
// ../shared beside the repository's root, whatever package directory
// the test runs in. Tests that need a file from it skip, naming what is
// missing, when the folder is not there.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of parts inside the shared folder, skipping tb
// when it does not exist.
func Path(tb testing.TB, parts ...string) string {
	tb.Helper()
	root, err := repoRoot()
	if err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	p := filepath.Join(append([]string{root, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not available (%s): %v", p, err)
	}
	return p
}

// repoRoot walks up from the working directory to the folder holding
// go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
