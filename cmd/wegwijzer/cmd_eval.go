package main

import (
	"context"
	"fmt"
	"io"
	"slices"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/eval"
	"github.com/wegwijzer/wegwijzer/index"
)

// evalFile is one evaluation set and its report.
type evalFile struct {
	Path   string       `json:"file"`
	Report *eval.Report `json:"report"`
	qs     []eval.Question
}

func runEval(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "eval")
	var c config
	c.flags(e, fs)
	top := fs.Int("top", 3, "a hit is an expected offer in the first N results")
	asJSON := fs.Bool("json", false, "print JSON")
	fusion := fs.String("fusion", string(index.FusionDefault), "how the text and example-question matches are combined: rrf, weighted, text, questions")
	qWeight := fs.Float64("question-weight", 0, "with --fusion weighted: the weight of the example-question match, 0..1 (0 = the default)")
	fit := fs.Bool("fit-no-match", false, "fit the no-match model on the tune splits, print it and its figures per split")
	maxFalse := fs.Float64("fit-max-false-no-match", 0.02, "with --fit-no-match: the false no-match rate allowed on the tune split")
	th := eval.DefaultThresholds()
	fs.Float64Var(&th.MinHitAtK, "min-hit", th.MinHitAtK, "fail (exit 1) when hit@N of a file is lower")
	fs.Float64Var(&th.MinNoMatchAccuracy, "min-no-match", th.MinNoMatchAccuracy, "fail when the no-match accuracy of a file is lower")
	fs.Float64Var(&th.MaxFalseNoMatchRate, "max-false-no-match", th.MaxFalseNoMatchRate, "fail when the false no-match rate of a file is higher")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("want evaluation files: wegwijzer eval [--top 3] [--json] [--fusion F] [--fit-no-match] FILE...")
	}
	if *top < 1 {
		return usagef("--top must be at least 1")
	}
	if !slices.Contains(index.Fusions(), index.Fusion(*fusion)) {
		return usagef("--fusion must be one of %v", index.Fusions())
	}
	var files []*evalFile
	for _, path := range rest {
		qs, err := eval.Load(path)
		if err != nil {
			return err
		}
		files = append(files, &evalFile{Path: path, qs: qs})
	}
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return err
	}
	opts := index.Options{Fusion: index.Fusion(*fusion), QuestionWeight: *qWeight}
	if *fit {
		m, err := fitNoMatch(ctx, e.stdout, cat, opts, files, *maxFalse)
		if err != nil {
			return err
		}
		opts.NoMatch = &m
	}
	ix, err := index.New(cat, opts)
	if err != nil {
		return err
	}
	defer ix.Close()
	var fails []error
	for _, f := range files {
		if f.Report, err = eval.Run(ctx, ix, f.qs, *top); err != nil {
			return err
		}
		if err := th.Check(f.Report.All); err != nil {
			fails = append(fails, fmt.Errorf("%s: %w", f.Path, err))
		}
	}
	if *asJSON {
		if err := writeJSON(e.stdout, files); err != nil {
			return err
		}
	} else {
		for i, f := range files {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "== %s (fusion %s)\n", f.Path, *fusion)
			eval.Print(e.stdout, f.Report)
		}
	}
	if len(fails) > 0 {
		return fails[0]
	}
	return nil
}

// fitNoMatch fits the no-match model on the tune splits of the files and prints it, ready for
// index/nomatch_model.go.
func fitNoMatch(ctx context.Context, w io.Writer, cat *content.Catalogue, opts index.Options, files []*evalFile, maxFalse float64) (index.NoMatchModel, error) {
	ix, err := index.New(cat, opts)
	if err != nil {
		return index.NoMatchModel{}, err
	}
	defer ix.Close()
	var samples []index.Sample
	for _, f := range files {
		for _, q := range f.qs {
			if q.Split != "" && q.Split != "tune" {
				continue // the holdout is never used to fit
			}
			res, err := ix.Search(ctx, wegwijzer.Query{Text: q.Q, Region: q.Region})
			if err != nil {
				return index.NoMatchModel{}, fmt.Errorf("eval: %q: %w", q.Q, err)
			}
			if res.Signals == nil {
				continue
			}
			samples = append(samples, index.Sample{Signals: *res.Signals, Answered: len(q.Expect) > 0, Group: f.Path})
		}
	}
	m := index.FitNoMatch(samples, maxFalse)
	fmt.Fprintf(w, "// Fitted on %d tune questions (false no-match allowed on tune: %.3f):\n%s\n", len(samples), maxFalse, m.GoSource())
	return m, nil
}
