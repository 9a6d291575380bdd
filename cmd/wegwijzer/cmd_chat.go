package main

import (
	"context"

	"github.com/wegwijzer/wegwijzer/adapters/terminal"
)

func runChat(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "chat")
	var c config
	c.flags(e, fs)
	user := fs.String("user", "cli", "the asker's id")
	community := fs.String("community", "", "community id")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	sys, err := openSystem(e, c)
	if err != nil {
		return err
	}
	defer sys.Close()
	return terminal.Run(ctx, e.stdin, e.stdout, sys.engine, terminal.Options{User: *user, Community: *community})
}
