package main

import (
	"context"
	"fmt"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/demandgen"
)

// runDemandGenerate fills the demand log with generated dialogues (internal/demandgen). It is a development tool
// and not listed in the usage.
func runDemandGenerate(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "demand generate")
	var c config
	c.flags(e, fs)
	turns := fs.Int("turns", 3000, "generate about this many turns")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same dialogues")
	weeks := fs.Int("weeks", 12, "spread the conversations over this many weeks before now")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *turns < 1 || *weeks < 1 {
		return usagef("--turns and --weeks must be positive")
	}
	sys, err := openSystem(e, c)
	if err != nil {
		return err
	}
	defer sys.Close()
	st, err := demandgen.Run(ctx, sys.engine.Handle, demandgen.Options{Turns: *turns, Seed: *seed, Weeks: *weeks, Now: demandNow()})
	if err != nil {
		return err
	}
	k := st.Kinds
	fmt.Fprintf(e.stdout, "%d turns in %d conversations over %d weeks: %d answer, %d clarify, %d no_match, %d handoff, %d info\n",
		st.Turns, st.Conversations, *weeks, k[wegwijzer.ReplyAnswer], k[wegwijzer.ReplyClarify], k[wegwijzer.ReplyNoMatch],
		k[wegwijzer.ReplyHandoff], k[wegwijzer.ReplyInfo])
	return nil
}
