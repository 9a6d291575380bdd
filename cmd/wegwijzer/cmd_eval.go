package main

import (
	"context"

	"github.com/wegwijzer/wegwijzer/eval"
	"github.com/wegwijzer/wegwijzer/index"
)

func runEval(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "eval")
	var c config
	c.flags(e, fs)
	top := fs.Int("top", 3, "a hit is an expected offer in the first N results")
	asJSON := fs.Bool("json", false, "print JSON")
	th := eval.DefaultThresholds()
	fs.Float64Var(&th.MinHitAtK, "min-hit", th.MinHitAtK, "fail (exit 1) when hit@N on the whole set is lower")
	fs.Float64Var(&th.MinNoMatchAccuracy, "min-no-match", th.MinNoMatchAccuracy, "fail when no-match accuracy is lower")
	fs.Float64Var(&th.MaxFalseNoMatchRate, "max-false-no-match", th.MaxFalseNoMatchRate, "fail when the false no-match rate is higher")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef("want one evaluation file: wegwijzer eval [--top 3] [--json] FILE")
	}
	if *top < 1 {
		return usagef("--top must be at least 1")
	}
	qs, err := eval.Load(rest[0])
	if err != nil {
		return err
	}
	cat, err := loadCatalogue(c.contentDir)
	if err != nil {
		return err
	}
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	rep, err := eval.Run(ctx, ix, qs, *top)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := writeJSON(e.stdout, rep); err != nil {
			return err
		}
	} else {
		eval.Print(e.stdout, rep)
	}
	return th.Check(rep.All)
}
