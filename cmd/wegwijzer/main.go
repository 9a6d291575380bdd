// Command wegwijzer is the Wegwijzer chat assistant: one binary with subcommands to serve the chat, talk to it
// in a terminal, search the catalogue, check content and export demand statistics.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/wegwijzer/wegwijzer/internal/textchars"
)

// env gives the command its outside world, so that tests can run every subcommand in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	now    func() time.Time // the clock; nil is time.Now
}

// clock returns the time now by e's clock.
func (e env) clock() time.Time {
	if e.now == nil {
		return time.Now()
	}
	return e.now()
}

// usageError is a mistake in how the command was called: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// blank reports whether text holds nothing to read: spaces, control characters and invisible format characters
// (zero-width spaces, direction marks) only.
func blank(text string) bool { return textchars.Blank(text) }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

type subcommand struct {
	run     func(ctx context.Context, e env, args []string) error
	summary string
}

func subcommands() map[string]subcommand {
	return map[string]subcommand{
		"serve":       {runServe, "run the web chat, API and adapters (WEGWIJZER_ADDR, default 127.0.0.1:8080)"},
		"chat":        {runChat, "chat with Wegwijzer in this terminal"},
		"ask":         {runAsk, "one turn of the dialogue: ask [--json] [--conversation ID] [--user ID] [--community ID] TEXT..."},
		"search":      {runSearch, "search the catalogue: search [--json] [--top N] [--region R] QUERY..."},
		"content":     {runContent, "content check [DIR] | content stats [--json] [DIR] | content stale [--days 365] [--source-months 24] [--all] [--json] [DIR]"},
		"eval":        {runEval, "measure search quality: eval [--top 3] [--json] FILE"},
		"healthcheck": {runHealthcheck, "ask a running server's /healthz (for container health checks)"},
		"loadtest":    {runLoadtest, "load a running server: loadtest --url U --conversations N --turns T [--duration D] [--json]"},
		"dashboard":   {runDashboard, "sign-in to /dashboard/: invite --role R [--community C] [--ttl 72h] NAME | sessions | revoke REF|NAME"},
		"demand":      {runDemand, "latent demand: review, link, handoffs, export, whitespots, reach, emerging"},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv, now: time.Now}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run runs the command line and returns the exit status: 0 success, 1 failure, 2 wrong usage.
func run(ctx context.Context, e env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	sc, ok := subcommands()[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "wegwijzer: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return 2
	}
	err := sc.run(ctx, e, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "wegwijzer %s: %s\n", args[0], ue.msg)
		return 2
	default:
		fmt.Fprintf(e.stderr, "wegwijzer %s: %v\n", args[0], err)
		return 1
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: wegwijzer COMMAND [flags] [args]\n\nCommands:")
	var names []string
	for n := range subcommands() {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, subcommands()[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'wegwijzer COMMAND -h' for the flags of a command.")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(e env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("wegwijzer "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parse parses flags; flags may also follow the positional arguments ("ask hallo --json").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newLogger(e env, level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
}

func envOr(e env, key, def string) string {
	if v := strings.TrimSpace(e.getenv(key)); v != "" {
		return v
	}
	return def
}
