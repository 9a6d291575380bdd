package content

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// fieldAt returns the dotted path of the key whose value is on line ("provider", "next_step.who", "source[1]"),
// or "" when no key's is, and the line of that key (where an editor looks first).
func fieldAt(n *yaml.Node, line int) (string, int) {
	path, keyLine := fieldPath(n, line)
	if keyLine == 0 {
		keyLine = line
	}
	return path, keyLine
}

func fieldPath(n *yaml.Node, line int) (string, int) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind != yaml.MappingNode && (k.Line == line || v.Line == line) {
				return k.Value, k.Line // a list or text that starts on the key's line is the key's value as a whole
			}
			if inner, at := fieldPath(v, line); inner != "" {
				if strings.HasPrefix(inner, "[") {
					return k.Value + inner, at
				}
				return k.Value + "." + inner, at
			}
			if k.Line == line || v.Line == line || (v.Kind == yaml.SequenceNode && within(v, line)) {
				return k.Value, k.Line
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if c.Kind != yaml.MappingNode {
				continue // a list of texts is read as a whole: the key above names it
			}
			if inner, at := fieldPath(c, line); inner != "" {
				return fmt.Sprintf("[%d].%s", i, inner), at
			}
		}
	}
	return "", 0
}

// within reports whether a sequence's items start on line.
func within(seq *yaml.Node, line int) bool {
	for _, c := range seq.Content {
		if c.Line == line {
			return true
		}
	}
	return false
}

var typeErrorRE = regexp.MustCompile("^cannot unmarshal !!(\\w+)(?: `([^`]*)`)? into (\\S+)$")

// typeMessage says a YAML type error in a content editor's words: what was written and what belongs there, with no
// parser tags or Go type names.
func typeMessage(msg string) string {
	m := typeErrorRE.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	got := map[string]string{"seq": "a list", "map": "a block of fields", "str": "a text", "int": "a number",
		"float": "a number", "bool": "true or false", "null": "empty", "timestamp": "a date"}[m[1]]
	if got == "" {
		got = "something else"
	}
	if m[2] != "" {
		got += fmt.Sprintf(" (%s)", m[2])
	}
	var want string
	switch target := m[3]; {
	case strings.HasPrefix(target, "[]"):
		want = "a list ([a, b] or lines starting with \"- \")"
	case target == "bool":
		want = "true or false"
	case strings.HasPrefix(target, "int"), strings.HasPrefix(target, "float"):
		want = "a number"
	case target == "string" || !strings.Contains(target, "."):
		want = "one text (put it in quotes if it holds a colon or starts with [ or {)"
	default:
		want = "a block of fields (see content/README.md)"
	}
	return fmt.Sprintf("is %s, want %s", got, want)
}
