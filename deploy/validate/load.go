package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"sigs.k8s.io/yaml"
)

// kustomization is the part of kustomization.yaml this deployment uses; any other field is an error, so that a
// field the checks do not understand (a patch, a generator) is not passed over in silence.
type kustomization struct {
	APIVersion string   `json:"apiVersion"`
	Kind       string   `json:"kind"`
	Resources  []string `json:"resources"`
	Labels     []struct {
		Pairs            map[string]string `json:"pairs"`
		IncludeSelectors bool              `json:"includeSelectors,omitempty"`
		IncludeTemplates bool              `json:"includeTemplates,omitempty"`
	} `json:"labels,omitempty"`
	Images []struct {
		Name    string `json:"name"`
		NewName string `json:"newName,omitempty"`
		NewTag  string `json:"newTag,omitempty"`
		Digest  string `json:"digest,omitempty"`
	} `json:"images,omitempty"`
}

// manifests are the decoded objects of one kustomization.
type manifests struct {
	files           []string
	deployments     []*appsv1.Deployment
	services        []*corev1.Service
	secrets         []*corev1.Secret
	pdbs            []*policyv1.PodDisruptionBudget
	serviceMonitors []*monitoringv1.ServiceMonitor
}

// notManifests are YAML files in the folder that are not Kubernetes objects.
var notManifests = []string{"kustomization.yaml", "redis-values.yaml"}

// load reads kustomization.yaml in fsys and decodes every resource it lists. Every YAML file of the folder must be
// listed (a manifest left out of the kustomization is never applied) or be one of notManifests.
func load(fsys fs.FS) (*manifests, error) {
	raw, err := fs.ReadFile(fsys, "kustomization.yaml")
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	var k kustomization
	if err := yaml.UnmarshalStrict(raw, &k); err != nil {
		return nil, fmt.Errorf("deploy: kustomization.yaml: %w", err)
	}
	if k.APIVersion != "kustomize.config.k8s.io/v1beta1" || k.Kind != "Kustomization" {
		return nil, fmt.Errorf("deploy: kustomization.yaml: want apiVersion kustomize.config.k8s.io/v1beta1 and kind Kustomization, got %q %q", k.APIVersion, k.Kind)
	}
	var errs []error
	all, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	for _, f := range all {
		if !slices.Contains(k.Resources, f) && !slices.Contains(notManifests, f) {
			errs = append(errs, fmt.Errorf("%s: not listed in kustomization.yaml resources, so never applied", f))
		}
	}
	for _, f := range notManifests[1:] {
		if raw, err := fs.ReadFile(fsys, f); err == nil {
			var v map[string]any
			if err := yaml.UnmarshalStrict(raw, &v); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", f, err))
			}
		}
	}
	m := &manifests{}
	for _, f := range k.Resources {
		if path.Ext(f) != ".yaml" || strings.Contains(f, "/") {
			errs = append(errs, fmt.Errorf("kustomization.yaml: resource %q: want a .yaml file in this folder", f))
			continue
		}
		raw, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, fmt.Errorf("kustomization.yaml: resource %w", err))
			continue
		}
		m.files = append(m.files, f)
		for i, doc := range splitDocuments(raw) {
			if err := m.decode(doc); err != nil {
				errs = append(errs, fmt.Errorf("%s (document %d): %w", f, i+1, err))
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("deploy: %w", errors.Join(errs...))
	}
	return m, nil
}

var separator = regexp.MustCompile(`(?m)^---[ \t]*$`)

// splitDocuments splits a YAML stream into its non-empty documents.
func splitDocuments(raw []byte) [][]byte {
	var docs [][]byte
	for _, d := range separator.Split(string(raw), -1) {
		if strings.TrimSpace(stripComments(d)) != "" {
			docs = append(docs, []byte(d))
		}
	}
	return docs
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// decode decodes one object strictly into the type its apiVersion and kind name.
func (m *manifests) decode(doc []byte) error {
	var tm metav1.TypeMeta
	if err := yaml.Unmarshal(doc, &tm); err != nil {
		return err
	}
	strict := func(into any) error {
		if err := yaml.UnmarshalStrict(doc, into); err != nil {
			return fmt.Errorf("%s %s: %w", tm.APIVersion, tm.Kind, err)
		}
		return nil
	}
	switch gvk := tm.APIVersion + " " + tm.Kind; gvk {
	case "apps/v1 Deployment":
		o := &appsv1.Deployment{}
		m.deployments = append(m.deployments, o)
		return strict(o)
	case "v1 Service":
		o := &corev1.Service{}
		m.services = append(m.services, o)
		return strict(o)
	case "v1 Secret":
		o := &corev1.Secret{}
		m.secrets = append(m.secrets, o)
		return strict(o)
	case "policy/v1 PodDisruptionBudget":
		o := &policyv1.PodDisruptionBudget{}
		m.pdbs = append(m.pdbs, o)
		return strict(o)
	case "monitoring.coreos.com/v1 ServiceMonitor":
		o := &monitoringv1.ServiceMonitor{}
		m.serviceMonitors = append(m.serviceMonitors, o)
		return strict(o)
	default:
		return fmt.Errorf("kind %q (%q) is not one this check knows: add it to the validator", tm.Kind, tm.APIVersion)
	}
}
