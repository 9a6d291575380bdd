package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/eval"
)

// TestLoadNamesFileLineAndField: a broken evaluation set is refused with the file, the line and what is wrong,
// instead of being measured as it is (an empty set scored 0.000, a misspelt split counted in neither split).
func TestLoadNamesFileLineAndField(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"empty file", "", "set.yaml: no questions"},
		{"only comments", "# nothing yet\n", "set.yaml: no questions"},
		{"empty question", "- q: zonnepanelen\n  expect: [eia]\n- q: \"  \"\n  expect: [eia]\n", "set.yaml:3: question 2: field q: is empty"},
		{"misspelt split", "- q: zonnepanelen\n  expect: [eia]\n  split: tnue\n", `set.yaml:1: question 1: field split: "tnue", want tune or holdout`},
		{"unknown field", "- q: zonnepanelen\n  expected: [eia]\n", "field expected not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "set.yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := eval.Load(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

func TestCheckExpectedNamesAnUnknownID(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.yaml")
	if err := os.WriteFile(path, []byte("- q: zonnepanelen\n  expect: [eia]\n- q: warmtepomp\n  expect: [isde, isde-2024]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	qs, err := eval.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	known := func(id string) bool { return id == "eia" || id == "isde" }
	err = eval.CheckExpected(path, qs, known)
	if want := `set.yaml:3: question 2: field expect: "isde-2024" is no offer or answer of the catalogue`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("CheckExpected: %v, want %q", err, want)
	}
}
