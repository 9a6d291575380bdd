package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryErrorNamesWhatIsWrong: wrong commands, flags, arguments and files exit non-zero with a message that
// says what is wrong; a question or query of invisible characters only is no question.
func TestEveryErrorNamesWhatIsWrong(t *testing.T) {
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	if err := os.WriteFile(broken, []byte("- q: [zonnepanelen\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"unknown flag", []string{"search", "--bogus", "subsidie"}, 2, "flag provided but not defined: -bogus"},
		{"ask without text", []string{"ask"}, 2, "a question is required"},
		{"ask with spaces only", []string{"ask", "  \t "}, 2, "a question is required"},
		{"ask with invisible characters only", []string{"ask", "\u200b\u202e\x01"}, 2, "a question is required"},
		{"search with control characters only", []string{"search", "\x01\x02"}, 2, "a query is required"},
		{"search with a negative top", []string{"search", "--top", "-1", "subsidie"}, 2, "--top must be between 1 and 50"},
		{"search with a top that is no number", []string{"search", "--top", "drie", "subsidie"}, 2, `invalid value "drie" for flag -top`},
		{"eval without files", []string{"eval"}, 2, "want evaluation files"},
		{"eval with a missing file", []string{"eval", filepath.Join(t.TempDir(), "nope.yaml")}, 1, "nope.yaml: no such file or directory"},
		{"eval with a broken file", []string{"eval", broken}, 1, "broken.yaml: yaml: line 1"},
		{"content with an unknown subcommand", []string{"content", "bogus"}, 2, `unknown content subcommand "bogus"`},
		{"content check of a missing folder", []string{"content", "check", filepath.Join(t.TempDir(), "none")}, 1, "no such file or directory"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, t.TempDir(), tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tt.code, tt.want)
			}
		})
	}
}
