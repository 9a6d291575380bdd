// Package eval measures search quality on a set of questions written the way entrepreneurs write: hit@k, mean
// reciprocal rank, no-match accuracy on off-topic questions and the false no-match rate on on-topic ones.
package eval

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/wegwijzer/wegwijzer"
)

// Question is one entry of an evaluation set.
type Question struct {
	Q      string   `yaml:"q" json:"q"`
	Expect []string `yaml:"expect" json:"expect"` // any of these in the top k is a hit; empty: must be no_match
	Split  string   `yaml:"split" json:"split,omitempty"`
	Region string   `yaml:"region" json:"region,omitempty"` // the asker's region id, as a community would set it
	// Where the question comes from and why it is labelled so (eval/public.yaml); not used by Run.
	Source     string `yaml:"source" json:"source,omitempty"`
	SourceDate string `yaml:"source_date" json:"source_date,omitempty"`
	Why        string `yaml:"why" json:"why,omitempty"`
	// Line is where the question starts in its file, for messages about it.
	Line int `yaml:"-" json:"-"`
}

// Load reads an evaluation set: a list of questions with known fields only, each with a question and a split of
// tune, holdout or none. Its errors name the file and the line.
func Load(path string) ([]Question, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	var qs []Question
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&qs); err != nil && err != io.EOF {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("eval: %s: no questions (want a list of - q: ... expect: [...] split: tune|holdout)", path)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil && len(root.Content) > 0 && len(root.Content[0].Content) == len(qs) {
		for i, n := range root.Content[0].Content {
			qs[i].Line = n.Line
		}
	}
	for i, q := range qs {
		switch {
		case strings.TrimSpace(q.Q) == "":
			return nil, fmt.Errorf("eval: %s:%d: question %d: field q: is empty", path, q.Line, i+1)
		case q.Split != "" && q.Split != "tune" && q.Split != "holdout":
			return nil, fmt.Errorf("eval: %s:%d: question %d: field split: %q, want tune or holdout (or none)", path, q.Line, i+1, q.Split)
		}
	}
	return qs, nil
}

// CheckExpected returns an error naming the first question that expects an id known returns false for: such a
// question could never be a hit, and would count as a miss of the search.
func CheckExpected(path string, qs []Question, known func(id string) bool) error {
	for i, q := range qs {
		for _, id := range q.Expect {
			if !known(id) {
				return fmt.Errorf("eval: %s:%d: question %d: field expect: %q is no offer or answer of the catalogue", path, q.Line, i+1, id)
			}
		}
	}
	return nil
}

// Metrics are the figures of one (part of a) set.
type Metrics struct {
	Questions       int     `json:"questions"`
	OnTopic         int     `json:"on_topic"`
	OffTopic        int     `json:"off_topic"`
	HitAtK          float64 `json:"hit_at_k"`
	MRR             float64 `json:"mrr"`
	NoMatchAccuracy float64 `json:"no_match_accuracy"` // the recall of no_match: off-topic questions answered no_match
	// NoMatchPrecision is the share of no_match answers that were right (the question was off-topic).
	NoMatchPrecision float64 `json:"no_match_precision"`
	FalseNoMatch     float64 `json:"false_no_match"`
	// UnsureOffTopic is the share of the off-topic questions answered anyway (not no_match) whose answer says it is
	// not sure (SearchResult.Unsure); UnsureHits the share of the hits that say so.
	UnsureOffTopic float64 `json:"unsure_off_topic"`
	UnsureHits     float64 `json:"unsure_hits"`
}

// Miss is a question the search got wrong.
type Miss struct {
	Q       string   `json:"q"`
	Split   string   `json:"split,omitempty"`
	Expect  []string `json:"expect"`
	Got     []string `json:"got"`
	NoMatch bool     `json:"no_match"`
}

// Report is the outcome of a run.
type Report struct {
	K       int                `json:"k"`
	All     Metrics            `json:"all"`
	BySplit map[string]Metrics `json:"by_split"`
	Misses  []Miss             `json:"misses"`
}

type tally struct {
	n, on, off, hits, nomatchOK, falseNoMatch int
	unsureOff, unsureHits                     int
	rr                                        float64
}

func (t tally) metrics() Metrics {
	m := Metrics{Questions: t.n, OnTopic: t.on, OffTopic: t.off}
	if t.on > 0 {
		m.HitAtK = float64(t.hits) / float64(t.on)
		m.MRR = t.rr / float64(t.on)
		m.FalseNoMatch = float64(t.falseNoMatch) / float64(t.on)
	}
	if t.off > 0 {
		m.NoMatchAccuracy = float64(t.nomatchOK) / float64(t.off)
	}
	if said := t.nomatchOK + t.falseNoMatch; said > 0 {
		m.NoMatchPrecision = float64(t.nomatchOK) / float64(said)
	}
	if answered := t.off - t.nomatchOK; answered > 0 {
		m.UnsureOffTopic = float64(t.unsureOff) / float64(answered)
	}
	if t.hits > 0 {
		m.UnsureHits = float64(t.unsureHits) / float64(t.hits)
	}
	return m
}

// Run asks every question and scores the answers. MRR looks at the first 10 results.
func Run(ctx context.Context, s wegwijzer.Searcher, qs []Question, k int) (*Report, error) {
	var all tally
	splits := map[string]*tally{}
	rep := &Report{K: k, BySplit: map[string]Metrics{}}
	for _, q := range qs {
		res, err := s.Search(ctx, wegwijzer.Query{Text: q.Q, Region: q.Region, Top: max(k, 10)})
		if err != nil {
			return nil, fmt.Errorf("eval: %q: %w", q.Q, err)
		}
		var got []string
		for _, r := range res.Results {
			got = append(got, r.ID)
		}
		// An expected id may be a curated answer's (the dialogue shows a fitting answer's text): it is found at
		// its rank among the answers, an offer at its rank among the offers; the better rank counts.
		rank := firstRank(got, q.Expect)
		if r := firstRank(res.Answers, q.Expect); r > 0 && (rank == 0 || r < rank) {
			rank = r
		}
		split := q.Split
		if split == "" {
			split = "tune"
		}
		if splits[split] == nil {
			splits[split] = &tally{}
		}
		hit := false
		for _, t := range []*tally{&all, splits[split]} {
			t.n++
			if len(q.Expect) == 0 {
				t.off++
				if res.NoMatch {
					t.nomatchOK++
				} else if res.Unsure {
					t.unsureOff++
				}
				continue
			}
			t.on++
			if res.NoMatch {
				t.falseNoMatch++
				continue
			}
			if rank > 0 && rank <= 10 {
				if rank <= k {
					t.hits++
					hit = true
					if res.Unsure {
						t.unsureHits++
					}
				}
				t.rr += 1 / float64(rank)
			}
		}
		wrong := (len(q.Expect) == 0) != res.NoMatch || (len(q.Expect) > 0 && !hit)
		if wrong {
			shown := append(slices.Clone(got[:min(len(got), k)]), prefixed("answer:", res.Answers[:min(len(res.Answers), 1)])...)
			rep.Misses = append(rep.Misses, Miss{Q: q.Q, Split: split, Expect: q.Expect, Got: shown, NoMatch: res.NoMatch})
		}
	}
	rep.All = all.metrics()
	for name, t := range splits {
		rep.BySplit[name] = t.metrics()
	}
	return rep, nil
}

// firstRank returns the 1-based rank of the first id in ids that is one of want, or 0.
func firstRank(ids, want []string) int {
	for i, id := range ids {
		if slices.Contains(want, id) {
			return i + 1
		}
	}
	return 0
}

func prefixed(p string, xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = p + x
	}
	return out
}

// Thresholds are the quality bar CI holds the search to.
type Thresholds struct {
	MinHitAtK           float64
	MinMRR              float64 // 0 = not checked
	MinNoMatchAccuracy  float64
	MaxFalseNoMatchRate float64
}

// DefaultThresholds are the bar of the search issue.
func DefaultThresholds() Thresholds {
	return Thresholds{MinHitAtK: 0.90, MinNoMatchAccuracy: 0.90, MaxFalseNoMatchRate: 0.05}
}

// Check returns an error naming every threshold the metrics miss.
func (t Thresholds) Check(m Metrics) error {
	var fails []string
	if m.HitAtK < t.MinHitAtK {
		fails = append(fails, fmt.Sprintf("hit@k %.3f < %.2f", m.HitAtK, t.MinHitAtK))
	}
	if m.MRR < t.MinMRR {
		fails = append(fails, fmt.Sprintf("MRR %.3f < %.2f", m.MRR, t.MinMRR))
	}
	if m.OffTopic > 0 && m.NoMatchAccuracy < t.MinNoMatchAccuracy {
		fails = append(fails, fmt.Sprintf("no-match accuracy %.3f < %.2f", m.NoMatchAccuracy, t.MinNoMatchAccuracy))
	}
	if m.FalseNoMatch > t.MaxFalseNoMatchRate {
		fails = append(fails, fmt.Sprintf("false no-match %.3f > %.2f", m.FalseNoMatch, t.MaxFalseNoMatchRate))
	}
	if len(fails) > 0 {
		return fmt.Errorf("eval: below the bar: %s", strings.Join(fails, "; "))
	}
	return nil
}

// Print writes a report as text: the figures per split, then one line per miss of the tune split. The misses
// of other splits are not shown: the holdout is never looked at to tune.
func Print(w io.Writer, r *Report) { PrintMisses(w, r, "tune") }

// PrintMisses is Print showing the misses of the named splits.
func PrintMisses(w io.Writer, r *Report, splits ...string) {
	line := func(name string, m Metrics) {
		fmt.Fprintf(w, "%-8s n=%-4d hit@%d=%.3f  MRR=%.3f  no-match accuracy (recall)=%.3f (%d off-topic)  precision=%.3f  false no-match=%.3f (%d on-topic)  unsure: %.2f of off-topic answered, %.2f of hits\n",
			name, m.Questions, r.K, m.HitAtK, m.MRR, m.NoMatchAccuracy, m.OffTopic, m.NoMatchPrecision, m.FalseNoMatch, m.OnTopic, m.UnsureOffTopic, m.UnsureHits)
	}
	line("all", r.All)
	var names []string
	for n := range r.BySplit {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		line(n, r.BySplit[n])
	}
	var shown []Miss
	for _, m := range r.Misses {
		if slices.Contains(splits, m.Split) {
			shown = append(shown, m)
		}
	}
	if len(shown) > 0 {
		fmt.Fprintf(w, "\n%d misses (%s):\n", len(shown), strings.Join(splits, ", "))
	}
	for _, m := range shown {
		got := strings.Join(m.Got, ",")
		if m.NoMatch {
			got = "no_match"
		}
		expect := strings.Join(m.Expect, ",")
		if expect == "" {
			expect = "no_match"
		}
		fmt.Fprintf(w, "  [%s] %q: want %s, got %s\n", m.Split, m.Q, expect, got)
	}
}
