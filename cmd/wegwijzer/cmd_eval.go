package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/eval"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/understand"
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
	var fo index.FitOptions
	fs.Float64Var(&fo.MaxFalseNoMatch, "fit-max-false-no-match", 0.02, "with --fit-no-match: the false no-match rate allowed on the tune split")
	fs.Float64Var(&fo.L2, "fit-l2", 0.1, "with --fit-no-match: the L2 penalty on the model's weights")
	cv := fs.Int("cv", 0, "estimate the no-match model by cross-validation in N folds by source host, on the tune splits only, with and without the out-of-domain word list; alone it prints only that, with --fit-no-match it precedes the fit")
	lang := fs.String("lang", "", "only the questions in this language (nl or en), as understand detects it")
	th := eval.DefaultThresholds()
	fs.Float64Var(&th.MinHitAtK, "min-hit", th.MinHitAtK, "fail (exit 1) when hit@N of a file is lower")
	fs.Float64Var(&th.MinNoMatchAccuracy, "min-no-match", th.MinNoMatchAccuracy, "fail when the no-match accuracy of a file is lower")
	fs.Float64Var(&th.MaxFalseNoMatchRate, "max-false-no-match", th.MaxFalseNoMatchRate, "fail when the false no-match rate of a file is higher")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("want evaluation files: wegwijzer eval [--top 3] [--json] [--lang nl|en] [--fusion F] [--cv N] [--fit-no-match] FILE...")
	}
	if *top < 1 {
		return usagef("--top must be at least 1")
	}
	if !slices.Contains(index.Fusions(), index.Fusion(*fusion)) {
		return usagef("--fusion must be one of %v", index.Fusions())
	}
	if *lang != "" && *lang != string(understand.NL) && *lang != string(understand.EN) {
		return usagef("--lang must be nl or en")
	}
	if *cv < 0 || *cv == 1 {
		return usagef("--cv must be 0 (no cross-validation) or at least 2 folds")
	}
	var files []*evalFile
	for _, path := range rest {
		qs, err := eval.Load(path)
		if err != nil {
			return err
		}
		if *lang != "" {
			qs = slices.DeleteFunc(qs, func(q eval.Question) bool { return string(understand.Parse(q.Q).Lang) != *lang })
		}
		files = append(files, &evalFile{Path: path, qs: qs})
	}
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return err
	}
	known := func(id string) bool { return cat.Offer(id) != nil || cat.Answer(id) != nil }
	for _, f := range files {
		if err := eval.CheckExpected(f.Path, f.qs, known); err != nil {
			return err
		}
	}
	opts := index.Options{Fusion: index.Fusion(*fusion), QuestionWeight: *qWeight}
	if *cv > 1 && !*fit {
		samples, err := tuneSamples(ctx, cat, opts, files)
		if err != nil {
			return err
		}
		printCV(e.stdout, samples, fo, *cv)
		return nil
	}
	if *fit {
		m, err := fitNoMatch(ctx, e.stdout, cat, opts, files, fo, *cv)
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

// cvRepeats is how many deals of the folds a cross-validation pools: one deal of a few hundred questions is noisy.
const cvRepeats = 10

// fitNoMatch fits the no-match model on the tune splits of the files and prints it, ready for
// index/nomatch_model.go. With folds > 1 it first prints a cross-validation estimate, folds grouped by source host.
func fitNoMatch(ctx context.Context, w io.Writer, cat *content.Catalogue, opts index.Options, files []*evalFile, fo index.FitOptions, folds int) (index.NoMatchModel, error) {
	samples, err := tuneSamples(ctx, cat, opts, files)
	if err != nil {
		return index.NoMatchModel{}, err
	}
	if folds > 1 {
		printCV(w, samples, fo, folds)
	}
	m := index.FitNoMatch(samples, fo)
	fmt.Fprintf(w, "// Fitted on %d tune questions (false no-match allowed on tune: %.3f, L2 %g):\n%s\n", len(samples), fo.MaxFalseNoMatch, fo.L2, m.GoSource())
	return m, nil
}

// tuneSamples searches the tune questions of the files and returns their no-match signals. The holdout is never
// used to fit or to estimate.
func tuneSamples(ctx context.Context, cat *content.Catalogue, opts index.Options, files []*evalFile) ([]index.Sample, error) {
	ix, err := index.New(cat, opts)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	var samples []index.Sample
	for _, f := range files {
		for _, q := range f.qs {
			if q.Split != "" && q.Split != "tune" {
				continue
			}
			res, err := ix.Search(ctx, wegwijzer.Query{Text: q.Q, Region: q.Region})
			if err != nil {
				return nil, fmt.Errorf("eval: %q: %w", q.Q, err)
			}
			if res.Signals == nil {
				continue
			}
			samples = append(samples, index.Sample{Signals: *res.Signals, Answered: len(q.Expect) > 0, Group: filepath.Base(f.Path), Source: sourceHost(q)})
		}
	}
	return samples, nil
}

// printCV prints the cross-validation estimate of the no-match model on the samples, in folds by source host:
// with every signal, and with the out-of-domain word list left out (how much of the recall rests on the list).
func printCV(w io.Writer, samples []index.Sample, fo index.FitOptions, folds int) {
	fmt.Fprintf(w, "cross-validation on the tune splits, %d folds by source host, %d deals (L2 %g, false no-match allowed %.3f):\n", folds, cvRepeats, fo.L2, fo.MaxFalseNoMatch)
	figs := index.CrossValidate(samples, folds, cvRepeats, fo)
	out := index.CrossValidate(index.WithoutWordList(samples), folds, cvRepeats, fo)
	for _, g := range slices.Sorted(maps.Keys(figs)) {
		f, o := figs[g], out[g]
		fmt.Fprintf(w, "  %-24s no-match recall=%.3f (%d off-topic)  false no-match=%.3f (%d on-topic)  recall at false no-match %.3f: %.3f\n", g, f.Recall, f.OffTopic/cvRepeats, f.FalseNoMatch, f.OnTopic/cvRepeats, fo.MaxFalseNoMatch, f.AtBound)
		fmt.Fprintf(w, "  %-24s   off-topic without a listed word: recall=%.3f (%d)\n", "", f.UnlistedRecall, f.Unlisted/cvRepeats)
		fmt.Fprintf(w, "  %-24s   without the word list: recall=%.3f  false no-match=%.3f  recall at false no-match %.3f: %.3f\n", "", o.Recall, o.FalseNoMatch, fo.MaxFalseNoMatch, o.AtBound)
	}
}

// sourceHost is the host a question comes from ("www." left out), or the question itself when it has no source:
// cross-validation keeps the questions of one source together.
func sourceHost(q eval.Question) string {
	if u, err := url.Parse(q.Source); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return q.Q
}
