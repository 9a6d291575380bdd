package main

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/terminal"
)

// optionValue recognises a button value typed on the command line ("theme:verduurzaming").
var optionValue = regexp.MustCompile(`^(theme|topic|sector|region|size|feedback|cmd|problem|ask):[a-z0-9-]+$`)

func runAsk(ctx context.Context, e env, args []string) error {
	fs := newFlags(e, "ask")
	var c config
	c.flags(e, fs)
	asJSON := fs.Bool("json", false, "print the reply as JSON")
	conv := fs.String("conversation", "", "continue this conversation (a new id is made when empty)")
	user := fs.String("user", "cli", "the asker's id (pseudonymised before it is stored)")
	community := fs.String("community", "", "community id; catalogue communities bring a region and language")
	option := fs.String("option", "", "press a button: the value of one of the reply's options")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(rest, " "))
	if blank(text) && *option == "" {
		return usagef("a question is required: wegwijzer ask [--json] [--conversation ID] TEXT...")
	}
	if optionValue.MatchString(text) && *option == "" {
		*option, text = text, ""
	}
	sys, err := openSystem(e, c)
	if err != nil {
		return err
	}
	defer sys.Close()
	reply, err := sys.engine.Handle(ctx, wegwijzer.Message{Conversation: *conv, User: *user, Community: *community, Platform: "cli", Text: text, Option: *option})
	if err != nil && !errors.Is(err, wegwijzer.ErrDuplicate) {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, reply)
	}
	_, err = e.stdout.Write([]byte(terminal.Render(reply)))
	return err
}
