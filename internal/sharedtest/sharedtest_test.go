package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPath(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repoRoot() = %s, which holds no go.mod", root)
	}
	p := Path(t, "seeds")
	if filepath.Base(p) != "seeds" {
		t.Errorf("Path(seeds) = %s", p)
	}
}
