package main

import (
	"fmt"
	"regexp"
	"slices"

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
		for _, ep := range sm.Spec.Endpoints {
			if ep.Path != "" && !p.routes[ep.Path] {
				bad("ServiceMonitor %s: path %s is not served", sm.Name, ep.Path)
			}
			for _, s := range targets {
				if !slices.ContainsFunc(s.Spec.Ports, func(sp corev1.ServicePort) bool { return sp.Name != "" && sp.Name == ep.Port }) {
					bad("ServiceMonitor %s: port %q is not a named port of Service %s", sm.Name, ep.Port, s.Name)
				}
			}
		}
	}
	return errs
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

// containerHasPort reports whether a port (a number or a name) is a container port of the Deployment's pods.
func containerHasPort(d *appsv1.Deployment, port intstr.IntOrString) bool {
	for _, c := range d.Spec.Template.Spec.Containers {
		for _, cp := range c.Ports {
			if (port.Type == intstr.String && cp.Name != "" && cp.Name == port.StrVal) ||
				(port.Type == intstr.Int && cp.ContainerPort == port.IntVal) {
				return true
			}
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
