package main

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// program is what the manifests must agree with: the HTTP paths serve answers and the environment variables it
// reads, both taken from the source of cmd/wegwijzer so that a renamed route or variable fails the check.
type program struct {
	routes map[string]bool // "/healthz"
	vars   map[string]bool // "WEGWIJZER_PSEUDONYM_KEY"
}

var (
	routeRE = regexp.MustCompile(`"GET (/[A-Za-z0-9_./-]*)"`)
	varRE   = regexp.MustCompile(`"((?:WEGWIJZER|SLACK|DISCORD)_[A-Z0-9_]+)"`)
)

// scanProgram reads the non-test Go files of cmd/wegwijzer under root.
func scanProgram(root fs.FS) (*program, error) {
	const dir = "cmd/wegwijzer"
	entries, err := fs.ReadDir(root, dir)
	if err != nil {
		return nil, fmt.Errorf("read serve's source: %w", err)
	}
	p := &program{routes: map[string]bool{}, vars: map[string]bool{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := fs.ReadFile(root, dir+"/"+name)
		if err != nil {
			return nil, fmt.Errorf("read serve's source: %w", err)
		}
		for _, m := range routeRE.FindAllSubmatch(src, -1) {
			p.routes[string(m[1])] = true
		}
		for _, m := range varRE.FindAllSubmatch(src, -1) {
			p.vars[string(m[1])] = true
		}
	}
	for _, want := range []string{"/healthz", "/readyz", "/metrics"} {
		if !p.routes[want] {
			return nil, fmt.Errorf("serve's source (%s) has no route GET %s: the scan is out of date", dir, want)
		}
	}
	if len(p.vars) == 0 {
		return nil, fmt.Errorf("serve's source (%s) names no variable: the scan is out of date", dir)
	}
	return p, nil
}
