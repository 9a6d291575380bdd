package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalSet is a small evaluation set: questions from five sources on the tune split, one on the holdout.
const evalSet = `
- q: "subsidie voor een elektrische bestelbus"
  source: "https://a.example/1"
  expect: [seba]
  split: tune
- q: "recept voor appeltaart"
  source: "https://a.example/2"
  expect: []
  split: tune
- q: "hoe werkt de WBSO voor ons softwarebedrijf"
  source: "https://b.example/1"
  expect: [wbso]
  split: tune
- q: "mijn huisbaas houdt de borg in"
  source: "https://b.example/2"
  expect: []
  split: tune
- q: "ik wil mijn eerste werknemer aannemen, wat moet ik regelen"
  source: "https://c.example/1"
  expect: [eerste-werknemer-aannemen]
  split: tune
- q: "wie wint het WK voetbal"
  source: "https://c.example/2"
  expect: []
  split: tune
- q: "energie-investeringsaftrek voor zonnepanelen op ons bedrijfspand"
  source: "https://d.example/1"
  expect: [eia]
  split: tune
- q: "my landlord keeps my deposit"
  source: "https://e.example/1"
  expect: []
  split: tune
- q: "subsidie voor een warmtepomp in mijn bakkerij"
  source: "https://f.example/1"
  expect: [isde]
  split: holdout
`

func TestEvalFitNoMatchCrossValidatesOnTheTuneSplit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.yaml")
	if err := os.WriteFile(path, []byte(evalSet), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, t.TempDir(), "eval", "--fit-no-match", "--cv", "2", "--min-hit", "0", "--min-no-match", "0",
		"--max-false-no-match", "1", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"cross-validation on the tune splits, 2 folds by source host",
		path + " ",                         // the set's cross-validated figures
		"// Fitted on 8 tune questions",    // the holdout question is not fitted on
		"var noMatchModel = NoMatchModel{", // the declaration for nomatch_model.go
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestEvalCVAloneEstimatesWithAndWithoutTheWordListAndNeverSearchesTheHoldout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.yaml")
	if err := os.WriteFile(path, []byte(evalSet), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, t.TempDir(), "eval", "--cv", "2", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"cross-validation on the tune splits, 2 folds by source host",
		"off-topic without a listed word: recall=",
		"without the word list: recall=",
		"recall at false no-match 0.020: ",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, unwanted := range []string{"holdout", "hit@", "var noMatchModel"} {
		if strings.Contains(r.stdout, unwanted) {
			t.Errorf("--cv alone printed %q (it only estimates on the tune split):\n%s", unwanted, r.stdout)
		}
	}
}

func TestEvalLangKeepsTheQuestionsInThatLanguage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.yaml")
	if err := os.WriteFile(path, []byte(evalSet), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runBinary(t, t.TempDir(), "eval", "--json", "--lang", "en", "--min-hit", "0", "--min-no-match", "0",
		"--max-false-no-match", "1", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"questions": 1`) {
		t.Errorf("--lang en: want the one English question of the set:\n%s", r.stdout)
	}
	if r := runBinary(t, t.TempDir(), "eval", "--lang", "fr", path); r.code == 0 {
		t.Errorf("--lang fr: exit 0, want a usage error")
	}
}

// TestEvalRefusesWhatItCannotMeasure: a fold count that cannot cross-validate, and a set that expects an id the
// catalogue does not have, are errors that say so, not a run that reports figures without them.
func TestEvalRefusesWhatItCannotMeasure(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "set.yaml")
	if err := os.WriteFile(good, []byte(evalSet), 0o644); err != nil {
		t.Fatal(err)
	}
	unknown := filepath.Join(dir, "unknown.yaml")
	if err := os.WriteFile(unknown, []byte("- q: subsidie voor zonnepanelen\n  expect: [eia-2019]\n  split: tune\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"one fold", []string{"eval", "--cv", "1", good}, 2, "--cv must be 0 (no cross-validation) or at least 2 folds"},
		{"negative folds", []string{"eval", "--cv", "-2", good}, 2, "--cv must be 0"},
		{"unknown expected id", []string{"eval", unknown}, 1, `unknown.yaml:1: question 1: field expect: "eia-2019" is no offer or answer of the catalogue`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, t.TempDir(), tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tt.code, tt.want)
			}
		})
	}
}
