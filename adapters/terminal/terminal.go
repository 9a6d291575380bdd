// Package terminal is the chat adapter for a terminal: it reads lines, runs them through the dialogue and prints
// the replies as plain text. Options are numbered; typing a number presses that button.
package terminal

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// Turner runs one turn of the dialogue; *bot.Engine is one.
type Turner interface {
	Handle(ctx context.Context, m wegwijzer.Message) (*wegwijzer.Reply, error)
}

// Options configure a terminal chat.
type Options struct {
	Conversation string
	User         string
	Community    string
	Prompt       string // "> " by default
}

// Run chats until in ends or ctx is done.
func Run(ctx context.Context, in io.Reader, out io.Writer, t Turner, opts Options) error {
	if opts.Prompt == "" {
		opts.Prompt = "> "
	}
	fmt.Fprintln(out, "Wegwijzer. Stel je vraag (help voor uitleg, Ctrl-D om te stoppen).")
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var options []wegwijzer.Option
	conv := opts.Conversation
	for {
		fmt.Fprint(out, opts.Prompt)
		if !sc.Scan() {
			fmt.Fprintln(out)
			if err := sc.Err(); err != nil && !errors.Is(err, io.EOF) {
				return fmt.Errorf("terminal: read: %w", err)
			}
			return nil
		}
		if ctx.Err() != nil {
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		m := wegwijzer.Message{Conversation: conv, User: opts.User, Community: opts.Community, Platform: "cli", Text: line}
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(options) {
			m.Text, m.Option = "", options[n-1].Value
		}
		reply, err := t.Handle(ctx, m)
		if reply == nil {
			return fmt.Errorf("terminal: %w", err)
		}
		conv = reply.Conversation
		options = reply.Options
		fmt.Fprint(out, Render(reply))
	}
}

// Render formats a reply as plain text.
func Render(r *wegwijzer.Reply) string {
	var b strings.Builder
	b.WriteString(r.Text)
	b.WriteString("\n")
	group := wegwijzer.Group("")
	for _, o := range r.Offers {
		if o.Group != group {
			group = o.Group
			fmt.Fprintf(&b, "\n%s\n", groupTitle(group, r.Language))
		}
		fmt.Fprintf(&b, "  - %s (%s)\n", o.Title, o.Provider)
		// The card: what you get, why it fits, the status in words; the classification line for an older reply.
		lines := []string{o.Pitch, o.Fit, o.StatusText}
		if o.Pitch == "" {
			lines = append([]string{o.Why}, lines...)
		}
		for _, l := range lines {
			if l != "" {
				fmt.Fprintf(&b, "    %s\n", l)
			}
		}
		fmt.Fprintf(&b, "    %s\n", o.URL)
	}
	if r.NextStep != "" {
		fmt.Fprintf(&b, "\n%s\n", r.NextStep)
	}
	for i, o := range r.Options {
		fmt.Fprintf(&b, "  [%d] %s\n", i+1, o.Label)
	}
	return b.String()
}

func groupTitle(g wegwijzer.Group, lang string) string {
	titles := map[wegwijzer.Group][2]string{
		wegwijzer.GroupMoney: {"Geld", "Money"},
		wegwijzer.GroupRules: {"Regels", "Rules"},
		wegwijzer.GroupHelp:  {"Hulp en advies", "Help and advice"},
	}
	t := titles[g]
	if lang == "en" {
		return t[1]
	}
	return t[0]
}
