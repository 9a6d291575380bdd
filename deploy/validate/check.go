package main

import (
	"fmt"
	"net"
	"regexp"
	"slices"
	"strconv"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// requiredSecretKeys must be in the Secret: without the pseudonym key every replica would make its own, and the
// same entrepreneur would get a different pseudonym on each.
var requiredSecretKeys = []string{"WEGWIJZER_PSEUDONYM_KEY"}

// check returns every problem a reviewer would raise about the set, in a stable order.
func check(m *manifests, p *program) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if len(m.deployments) != 1 {
		bad("want exactly one Deployment, got %d", len(m.deployments))
		return errs
	}
	d := m.deployments[0]
	pods := labels.Set(d.Spec.Template.Labels)
	errs = append(errs, checkDeployment(d, m, p)...)

	if len(m.pdbs) == 0 {
		bad("no PodDisruptionBudget: a node drain may stop every replica at once")
	}
	for _, pdb := range m.pdbs {
		if !selects(pdb.Spec.Selector, pods) {
			bad("PodDisruptionBudget %s: its selector does not select the pods of Deployment %s", pdb.Name, d.Name)
		}
		if pdb.Spec.MinAvailable == nil && pdb.Spec.MaxUnavailable == nil {
			bad("PodDisruptionBudget %s: set minAvailable or maxUnavailable", pdb.Name)
		}
		if mi := pdb.Spec.MinAvailable; mi != nil && mi.Type == intstr.Int && d.Spec.Replicas != nil && mi.IntValue() >= int(*d.Spec.Replicas) {
			bad("PodDisruptionBudget %s: minAvailable %d leaves no pod to evict of %d replicas: drains would block", pdb.Name, mi.IntValue(), *d.Spec.Replicas)
		}
	}

	if len(m.services) == 0 {
		bad("no Service for Deployment %s", d.Name)
	}
	for _, s := range m.services {
		if len(s.Spec.Selector) == 0 || !labels.SelectorFromSet(s.Spec.Selector).Matches(pods) {
			bad("Service %s: its selector does not select the pods of Deployment %s", s.Name, d.Name)
		}
		for _, sp := range s.Spec.Ports {
			if !containerHasPort(d, sp.TargetPort) {
				bad("Service %s: targetPort %s is not a port of Deployment %s's containers", s.Name, sp.TargetPort.String(), d.Name)
			}
		}
	}

	for _, s := range m.secrets {
		for key := range s.Data {
			bad("Secret %s: key %s is in data (base64): keep placeholders in stringData, readable in review", s.Name, key)
		}
		for _, key := range sortedKeys(s.StringData) {
			if !p.vars[key] {
				bad("Secret %s: key %s is not a variable serve reads", s.Name, key)
			}
		}
		for _, key := range requiredSecretKeys {
			if _, ok := s.StringData[key]; !ok {
				bad("Secret %s: no key %s", s.Name, key)
			}
		}
	}

	if len(m.serviceMonitors) == 0 {
		bad("no ServiceMonitor: /metrics is not scraped")
	}
	for _, sm := range m.serviceMonitors {
		var targets []*corev1.Service
		for _, s := range m.services {
			if selects(&sm.Spec.Selector, labels.Set(s.Labels)) {
				targets = append(targets, s)
			}
		}
		if len(targets) == 0 {
			bad("ServiceMonitor %s: its selector selects no Service", sm.Name)
		}
		want, how := metricsPort(d, m)
		for _, ep := range sm.Spec.Endpoints {
			if ep.Path != "" && !p.routes[ep.Path] {
				bad("ServiceMonitor %s: path %s is not served", sm.Name, ep.Path)
			}
			if want == 0 {
				bad("ServiceMonitor %s: serve does not serve /metrics: %s", sm.Name, how)
			} else if how == "token" && ep.Authorization == nil {
				bad("ServiceMonitor %s: /metrics on the main port needs WEGWIJZER_METRICS_TOKEN: set authorization", sm.Name)
			}
			for _, s := range targets {
				i := slices.IndexFunc(s.Spec.Ports, func(sp corev1.ServicePort) bool { return sp.Name != "" && sp.Name == ep.Port })
				if i < 0 {
					bad("ServiceMonitor %s: port %q is not a named port of Service %s", sm.Name, ep.Port, s.Name)
					continue
				}
				if got, ok := containerPort(d, s.Spec.Ports[i].TargetPort); ok && want != 0 && got != want {
					bad("ServiceMonitor %s: port %q of Service %s leads to container port %d, but serve answers /metrics on %d (%s)", sm.Name, ep.Port, s.Name, got, want, how)
				}
			}
		}
	}
	return errs
}

// metricsPort is the container port where serve answers /metrics, and why: on WEGWIJZER_METRICS_ADDR when set;
// else on the main address, only when the Secret has WEGWIJZER_METRICS_TOKEN ("token"). 0 when it is not served.
func metricsPort(d *appsv1.Deployment, m *manifests) (int32, string) {
	if addr, ok := envValue(d, "WEGWIJZER_METRICS_ADDR"); ok {
		port, reachable, err := listenPort(addr)
		if err != nil || !reachable {
			return 0, fmt.Sprintf("WEGWIJZER_METRICS_ADDR %q cannot be reached from outside the pod", addr)
		}
		return port, "WEGWIJZER_METRICS_ADDR"
	}
	for _, s := range m.secrets {
		if s.StringData["WEGWIJZER_METRICS_TOKEN"] != "" {
			if addr, ok := envValue(d, "WEGWIJZER_ADDR"); ok {
				if port, _, err := listenPort(addr); err == nil {
					return port, "token"
				}
			}
		}
	}
	return 0, "set WEGWIJZER_METRICS_ADDR (or WEGWIJZER_METRICS_TOKEN in the Secret)"
}

// checkDeployment checks the Deployment on its own and against the Secrets it reads.
func checkDeployment(d *appsv1.Deployment, m *manifests, p *program) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("Deployment %s: "+format, append([]any{d.Name}, args...)...))
	}
	if d.Spec.Replicas == nil || *d.Spec.Replicas < 2 {
		bad("want 2 or more replicas, so that one can stop while the other serves")
	}
	if !selects(d.Spec.Selector, labels.Set(d.Spec.Template.Labels)) {
		bad("its selector does not select its own pod template")
	}
	ps := d.Spec.Template.Spec
	if sc := ps.SecurityContext; sc == nil || sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot {
		bad("set securityContext.runAsNonRoot: true")
	}
	if len(ps.Containers) == 0 {
		bad("no containers")
	}
	// serve listens on WEGWIJZER_ADDR, 127.0.0.1:8080 by default: out of reach of the kubelet and the Service.
	var mainPort int32
	if addr, ok := envValue(d, "WEGWIJZER_ADDR"); !ok {
		bad("set WEGWIJZER_ADDR (serve's default 127.0.0.1:8080 cannot be reached from outside the pod)")
	} else if port, reachable, err := listenPort(addr); err != nil || !reachable {
		bad("WEGWIJZER_ADDR %q: want a reachable address such as 0.0.0.0:8080", addr)
	} else if !containerHasPort(d, intstr.FromInt32(port)) {
		bad("WEGWIJZER_ADDR port %d is not a container port", port)
	} else {
		mainPort = port
	}
	for _, c := range ps.Containers {
		in := func(format string, args ...any) { bad("container %s: "+format, append([]any{c.Name}, args...)...) }
		for _, pr := range []struct {
			name  string
			probe *corev1.Probe
		}{{"readinessProbe", c.ReadinessProbe}, {"livenessProbe", c.LivenessProbe}} {
			switch {
			case pr.probe == nil || pr.probe.HTTPGet == nil:
				in("no HTTP %s", pr.name)
			case !p.routes[pr.probe.HTTPGet.Path]:
				in("%s path %q is not served (serve answers GET %v)", pr.name, pr.probe.HTTPGet.Path, sortedKeys(p.routes))
			case !containerHasPort(d, pr.probe.HTTPGet.Port):
				in("%s port %s is not a container port", pr.name, pr.probe.HTTPGet.Port.String())
			default:
				if port, _ := containerPort(d, pr.probe.HTTPGet.Port); mainPort != 0 && port != mainPort {
					in("%s port %s is not WEGWIJZER_ADDR's port %d, where serve answers %s", pr.name, pr.probe.HTTPGet.Port.String(), mainPort, pr.probe.HTTPGet.Path)
				}
			}
		}
		if c.ReadinessProbe != nil && c.LivenessProbe != nil && c.ReadinessProbe.HTTPGet != nil && c.LivenessProbe.HTTPGet != nil &&
			c.LivenessProbe.HTTPGet.Path == "/readyz" {
			in("livenessProbe asks /readyz: a Redis outage would restart every replica; ask /healthz")
		}
		req, lim := c.Resources.Requests, c.Resources.Limits
		if req.Cpu().IsZero() || req.Memory().IsZero() {
			in("set resources.requests cpu and memory")
		}
		if lim.Memory().IsZero() {
			in("set resources.limits.memory")
		} else if lim.Memory().Cmp(*req.Memory()) < 0 {
			in("resources.limits.memory is below the request")
		}
		sc := c.SecurityContext
		if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
			in("set securityContext.readOnlyRootFilesystem: true")
		}
		if sc == nil || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
			in("set securityContext.allowPrivilegeEscalation: false")
		}
		errs = append(errs, checkEnv(d, c, m, p)...)
	}
	return errs
}

var refRE = regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`)

// checkEnv checks that every variable set is one serve reads (or one spliced into another with $(NAME)), and
// that every Secret read through envFrom is in the set.
func checkEnv(d *appsv1.Deployment, c corev1.Container, m *manifests, p *program) []error {
	var errs []error
	spliced := map[string]bool{}
	for _, ev := range c.Env {
		for _, r := range refRE.FindAllStringSubmatch(ev.Value, -1) {
			spliced[r[1]] = true
		}
	}
	for _, ev := range c.Env {
		if !p.vars[ev.Name] && !spliced[ev.Name] {
			errs = append(errs, fmt.Errorf("Deployment %s: container %s: variable %s is not one serve reads", d.Name, c.Name, ev.Name))
		}
	}
	for _, ef := range c.EnvFrom {
		if ef.SecretRef == nil {
			continue
		}
		if !slices.ContainsFunc(m.secrets, func(s *corev1.Secret) bool { return s.Name == ef.SecretRef.Name }) {
			errs = append(errs, fmt.Errorf("Deployment %s: container %s: envFrom Secret %s is not in this folder", d.Name, c.Name, ef.SecretRef.Name))
		}
	}
	return errs
}

// selects reports whether a non-empty label selector matches set.
func selects(sel *metav1.LabelSelector, set labels.Set) bool {
	if sel == nil || (len(sel.MatchLabels) == 0 && len(sel.MatchExpressions) == 0) {
		return false
	}
	s, err := metav1.LabelSelectorAsSelector(sel)
	return err == nil && s.Matches(set)
}

// containerPort resolves a port (a number or a name) to a container port number of the Deployment's pods.
func containerPort(d *appsv1.Deployment, port intstr.IntOrString) (int32, bool) {
	for _, c := range d.Spec.Template.Spec.Containers {
		for _, cp := range c.Ports {
			if (port.Type == intstr.String && cp.Name != "" && cp.Name == port.StrVal) ||
				(port.Type == intstr.Int && cp.ContainerPort == port.IntVal) {
				return cp.ContainerPort, true
			}
		}
	}
	return 0, false
}

func containerHasPort(d *appsv1.Deployment, port intstr.IntOrString) bool {
	_, ok := containerPort(d, port)
	return ok
}

// envValue is the literal value of a variable of the Deployment's first container, and whether it is set.
func envValue(d *appsv1.Deployment, name string) (string, bool) {
	for _, c := range d.Spec.Template.Spec.Containers {
		for _, ev := range c.Env {
			if ev.Name == name && ev.ValueFrom == nil {
				return ev.Value, true
			}
		}
	}
	return "", false
}

// listenPort is the port of a listen address such as 0.0.0.0:8080, and whether the address can be reached from
// outside the pod (not loopback).
func listenPort(addr string) (int32, bool, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return 0, false, err
	}
	n, err := strconv.ParseInt(port, 10, 32)
	if err != nil || n <= 0 {
		return 0, false, fmt.Errorf("port %q", port)
	}
	ip := net.ParseIP(host)
	loopback := host == "localhost" || (ip != nil && ip.IsLoopback())
	return int32(n), !loopback, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
