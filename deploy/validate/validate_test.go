package main

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// deployFS returns the folder's real manifests as an in-memory file system that a test may change.
func deployFS(tb testing.TB) fstest.MapFS {
	tb.Helper()
	files, err := fs.Glob(os.DirFS(".."), "*.yaml")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no manifests in ..: %v", err)
	}
	m := fstest.MapFS{}
	for _, f := range files {
		raw, err := os.ReadFile("../" + f)
		if err != nil {
			tb.Fatal(err)
		}
		m[f] = &fstest.MapFile{Data: raw}
	}
	return m
}

func mustProgram(tb testing.TB) *program {
	tb.Helper()
	p, err := scanProgram(os.DirFS("../.."))
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// validate loads and checks fsys and returns all problems as one string ("" when there are none).
func validate(fsys fs.FS, p *program) string {
	m, err := load(fsys)
	if err != nil {
		return err.Error()
	}
	var msgs []string
	for _, e := range check(m, p) {
		msgs = append(msgs, e.Error())
	}
	return strings.Join(msgs, "\n")
}

func TestTheFolderIsValid(t *testing.T) {
	if got := validate(deployFS(t), mustProgram(t)); got != "" {
		t.Fatalf("deploy/ has problems:\n%s", got)
	}
}

func TestBrokenManifestsAreRefused(t *testing.T) {
	p := mustProgram(t)
	tests := []struct {
		name     string
		file     string
		old, new string // replaced once in file
		want     string // in the problems
	}{
		{"one replica", "deployment.yaml", "replicas: 2", "replicas: 1", "want 2 or more replicas"},
		{"readiness probe on a path serve does not answer", "deployment.yaml", "path: /readyz", "path: /ready", `readinessProbe path "/ready" is not served`},
		{"liveness probe on a port the container lacks", "deployment.yaml", "path: /healthz # the process serves; never Redis, so a Redis outage restarts nothing\n              port: http",
			"path: /healthz\n              port: 9999", "livenessProbe port 9999 is not a container port"},
		{"liveness on readyz", "deployment.yaml", "path: /healthz # the process serves", "path: /readyz # the process serves", "livenessProbe asks /readyz"},
		{"unknown field (strict decoding)", "deployment.yaml", "revisionHistoryLimit: 5", "revisionHistoryLimit: 5\n  replica: 3", `unknown field "replica"`},
		{"misspelt probe field", "deployment.yaml", "periodSeconds: 5", "periodSecond: 5", `unknown field`},
		{"duplicate field", "service.yaml", "type: ClusterIP", "type: ClusterIP\n  type: NodePort", `key "type" already set`},
		{"writable root file system", "deployment.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "readOnlyRootFilesystem: true"},
		{"root allowed", "deployment.yaml", "runAsNonRoot: true", "runAsNonRoot: false", "runAsNonRoot: true"},
		{"no memory limit", "deployment.yaml", "limits:\n              memory: 512Mi", "limits: {}", "set resources.limits.memory"},
		{"PDB selects other pods", "pdb.yaml", "matchLabels:\n      app.kubernetes.io/name: wegwijzer", "matchLabels:\n      app.kubernetes.io/name: other", "PodDisruptionBudget wegwijzer: its selector does not select"},
		{"PDB blocks every drain", "pdb.yaml", "minAvailable: 1", "minAvailable: 2", "drains would block"},
		{"Service selects other pods", "service.yaml", "  selector:\n    app.kubernetes.io/name: wegwijzer", "  selector:\n    app.kubernetes.io/name: other", "Service wegwijzer: its selector does not select"},
		{"Service targets a missing port", "service.yaml", "targetPort: http", "targetPort: web", "targetPort web is not a port"},
		{"Secret key serve does not read", "secret.yaml", "SLACK_BOT_TOKEN:", "SLACK_TOKEN:", "key SLACK_TOKEN is not a variable serve reads"},
		{"Secret without the pseudonym key", "secret.yaml", `WEGWIJZER_PSEUDONYM_KEY: "CHANGE-ME"`, "", "no key WEGWIJZER_PSEUDONYM_KEY"},
		{"envFrom a Secret that is not there", "deployment.yaml", "secretRef:\n                name: wegwijzer", "secretRef:\n                name: wegwijzer-keys", "envFrom Secret wegwijzer-keys is not in this folder"},
		{"variable serve does not read", "deployment.yaml", "name: WEGWIJZER_LOG_LEVEL", "name: WEGWIJZER_LOGLEVEL", "variable WEGWIJZER_LOGLEVEL is not one serve reads"},
		{"ServiceMonitor port missing on the Service", "servicemonitor.yaml", "- port: metrics", "- port: prometheus", `port "prometheus" is not a named port of Service wegwijzer`},
		{"ServiceMonitor scrapes the main port", "servicemonitor.yaml", "- port: metrics", "- port: http", `leads to container port 8080, but serve answers /metrics on 9090`},
		{"metrics not served at all", "deployment.yaml", "- name: WEGWIJZER_METRICS_ADDR\n              value: \"0.0.0.0:9090\"\n            ", "", "serve does not serve /metrics"},
		{"serve on loopback", "deployment.yaml", `value: "0.0.0.0:8080"`, `value: "127.0.0.1:8080"`, `WEGWIJZER_ADDR "127.0.0.1:8080": want a reachable address`},
		{"serve's address not set", "deployment.yaml", "- name: WEGWIJZER_ADDR\n              value: \"0.0.0.0:8080\"\n            ", "", "set WEGWIJZER_ADDR"},
		{"probe on the metrics port", "deployment.yaml", "path: /readyz # 503 while Redis or the Discord gateway does not answer\n              port: http",
			"path: /readyz\n              port: metrics", "readinessProbe port metrics is not WEGWIJZER_ADDR's port 8080"},
		{"ServiceMonitor path not served", "servicemonitor.yaml", "path: /metrics", "path: /prometheus", "path /prometheus is not served"},
		{"ServiceMonitor selects no Service", "servicemonitor.yaml", "app.kubernetes.io/component: server", "app.kubernetes.io/component: web", "selects no Service"},
		{"manifest not in the kustomization", "kustomization.yaml", "  - pdb.yaml\n", "", "pdb.yaml: not listed in kustomization.yaml"},
		{"unknown kind", "pdb.yaml", "kind: PodDisruptionBudget", "kind: PodDisruptionBudgets", "is not one this check knows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := deployFS(t)
			f := fsys[tt.file]
			if f == nil || !strings.Contains(string(f.Data), tt.old) {
				t.Fatalf("%s does not contain %q: the test is out of date", tt.file, tt.old)
			}
			f.Data = []byte(strings.Replace(string(f.Data), tt.old, tt.new, 1))
			got := validate(fsys, p)
			if !strings.Contains(got, tt.want) {
				t.Errorf("problems:\n%s\nwant one containing %q", got, tt.want)
			}
		})
	}
}

func TestScanFindsServeRoutesAndVariables(t *testing.T) {
	p := mustProgram(t)
	for _, r := range []string{"/healthz", "/readyz", "/metrics"} {
		if !p.routes[r] {
			t.Errorf("route %s not found in cmd/wegwijzer", r)
		}
	}
	for _, v := range []string{"WEGWIJZER_PSEUDONYM_KEY", "WEGWIJZER_REDIS_URL", "SLACK_BOT_TOKEN", "DISCORD_BOT_TOKEN"} {
		if !p.vars[v] {
			t.Errorf("variable %s not found in cmd/wegwijzer", v)
		}
	}
}
