package main

import (
	"strings"
	"testing"
)

const config = `{"config":{"scanner_version":"v1.9.0","go_version":"go1.26.8","scan_level":"symbol"}}`

func finding(id, module, function string) string {
	return `{"finding":{"osv":"` + id + `","fixed_version":"v9.9.9","trace":[{"module":"` + module +
		`","version":"v1.0.0","package":"p","function":"` + function + `"},{"module":"github.com/wegwijzer/wegwijzer","package":"x","function":"f","position":{"filename":"x/f.go","line":3}}]}}`
}

func TestGate(t *testing.T) {
	tests := []struct {
		name       string
		stream     []string
		failStdlib bool
		wantErr    string // "" = passes
		wantOut    string
	}{
		{"nothing found passes", []string{config}, false, "", "0 called in modules, 0 called in the standard library, 0 in code"},
		{"a called module vulnerability fails", []string{config, `{"osv":{"id":"GO-1","summary":"bad"}}`, finding("GO-1", "example.com/m", "Parse")},
			false, "1 vulnerabilities called in required modules", "CALLED GO-1 in example.com/m@v1.0.0 (fixed in v9.9.9): bad\n    from x/f.go:3 x.f"},
		{"a module vulnerability never called passes", []string{config, finding("GO-2", "example.com/m", "")}, false, "", "1 in code that is never called"},
		{"a called standard library vulnerability is listed, not failed", []string{config, finding("GO-3", "stdlib", "Get")}, false, "", "1 called vulnerabilities, all fixed by Go 9.9.9"},
		{"with -fail-stdlib it fails", []string{config, finding("GO-3", "stdlib", "Get")}, true, "called in the standard library", ""},
		{"a finding both called and not counts as called", []string{config, finding("GO-4", "example.com/m", ""), finding("GO-4", "example.com/m", "Do")},
			false, "1 vulnerabilities called", "0 in code that is never called"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := read(strings.NewReader(strings.Join(tt.stream, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			err = rep.print(&out, tt.failStdlib)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got error %v, want none", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got error %v, want one containing %q", err, tt.wantErr)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("output:\n%s\nwant it to contain %q", out.String(), tt.wantOut)
			}
		})
	}
}

func TestRefusesWhatItCannotJudge(t *testing.T) {
	for name, stream := range map[string]string{
		"empty input":         "",
		"not JSON":            "govulncheck: no such file",
		"module level scan":   `{"config":{"scan_level":"module"}}`,
		"findings, no config": finding("GO-1", "example.com/m", "F"),
	} {
		if _, err := read(strings.NewReader(stream)); err == nil {
			t.Errorf("%s: read accepted it", name)
		}
	}
}

func TestCompareGo(t *testing.T) {
	if compareGo("v1.26.10", "v1.26.9") <= 0 || compareGo("v1.26.9", "") <= 0 || compareGo("v1.27.0", "v1.26.10") <= 0 {
		t.Error("compareGo orders Go versions wrongly")
	}
}
