package eval_test

import (
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/eval"
	"github.com/wegwijzer/wegwijzer/index"
)

// TestQualityBar holds the search on the built-in catalogue to the bar of the search issue, on the whole
// evaluation set. The held-out part is reported separately: it was not used to tune.
func TestQualityBar(t *testing.T) {
	qs, err := eval.Load("questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 150 {
		t.Fatalf("the evaluation set has %d questions, want at least 150", len(qs))
	}
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	rep, err := eval.Run(context.Background(), ix, qs, 3)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	eval.Print(&b, rep)
	t.Log("\n" + b.String())
	if err := eval.DefaultThresholds().Check(rep.All); err != nil {
		t.Error(err)
	}
}

func TestRunCountsHitsAndNoMatches(t *testing.T) {
	s := fakeSearcher{
		"seba vraag":  {"x", "seba"},
		"derde plek":  {"a", "b", "isde"},
		"vierde plek": {"a", "b", "c", "eia"},
		"off-topic":   nil,
		"false match": {"a"},
	}
	qs := []eval.Question{
		{Q: "seba vraag", Expect: []string{"seba"}},
		{Q: "derde plek", Expect: []string{"isde"}},
		{Q: "vierde plek", Expect: []string{"eia"}, Split: "holdout"},
		{Q: "off-topic", Expect: nil},
		{Q: "false match", Expect: nil},
		{Q: "missed", Expect: []string{"wbso"}},
	}
	rep, err := eval.Run(context.Background(), s, qs, 3)
	if err != nil {
		t.Fatal(err)
	}
	m := rep.All
	if m.OnTopic != 4 || m.OffTopic != 2 {
		t.Fatalf("on/off topic = %d/%d, want 4/2", m.OnTopic, m.OffTopic)
	}
	if m.HitAtK != 0.5 { // seba and derde plek
		t.Errorf("hit@3 = %v, want 0.5", m.HitAtK)
	}
	if want := (1.0/2 + 1.0/3 + 1.0/4) / 4; abs(m.MRR-want) > 1e-9 {
		t.Errorf("MRR = %v, want %v", m.MRR, want)
	}
	if m.NoMatchAccuracy != 0.5 || m.FalseNoMatch != 0.25 {
		t.Errorf("no-match accuracy %v, false no-match %v; want 0.5 and 0.25", m.NoMatchAccuracy, m.FalseNoMatch)
	}
	if len(rep.Misses) != 3 || rep.BySplit["holdout"].Questions != 1 {
		t.Errorf("misses %d, holdout %d; want 3 and 1", len(rep.Misses), rep.BySplit["holdout"].Questions)
	}
	if err := eval.DefaultThresholds().Check(m); err == nil {
		t.Error("Check passed figures far below the bar")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
