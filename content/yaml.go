package content

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// fields maps the keys of a YAML mapping to their line numbers.
type fields map[string]int

func (f fields) line(key string) int { return f[key] }

// decode strictly decodes one YAML document into v; unknown fields and type errors become problems.
// It returns the document's root node for line lookups, or nil when the file could not be decoded.
func (l *loader) decode(file string, data []byte, v any) *yaml.Node {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, msg := syntaxError(err.Error())
		l.add(file, line, "", "invalid YAML: %s", msg)
		return nil
	}
	if len(root.Content) == 0 {
		l.add(file, 1, "", "file is empty")
		return nil
	}
	if line := secondDocument(data); line > 0 {
		// yaml.Unmarshal reads the first document only: what follows a "---" would be left out without a word.
		l.add(file, line, "", "a second YAML document starts here (---): a file holds one document, the rest is not read")
		return nil
	}
	if k := root.Content[0].Kind; k != yaml.MappingNode && reflect.Indirect(reflect.ValueOf(v)).Kind() == reflect.Struct {
		l.add(file, root.Content[0].Line, "", "the file must hold fields (id: ..., title: ...), not %s", nodeKind(k))
		return nil
	}
	if key, line, first := duplicateKey(root.Content[0]); key != "" {
		// yaml.v3 then decodes nothing of that block: report the cause alone, not every field it left empty.
		l.add(file, line, key, "is given twice (first on line %d): keep one", first)
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				field := ""
				if m := unknownField.FindStringSubmatch(e); m != nil {
					field = m[1]
					l.add(file, yamlLine(e), field, "unknown field (a typo? see content/README.md)")
					continue
				}
				field, line := fieldAt(root.Content[0], yamlLine(e))
				l.problems = append(l.problems, Problem{File: file, Line: line, Field: field, Message: typeMessage(yamlMessage(e))})
				if field != "" {
					l.badFields[file+"\x00"+field] = true
				}
			}
			return root.Content[0]
		}
		l.add(file, yamlLine(err.Error()), "", "%s", yamlMessage(err.Error()))
		return nil
	}
	return root.Content[0]
}

var (
	yamlLineRE   = regexp.MustCompile(`line (\d+):? ?`)
	unknownField = regexp.MustCompile(`field (\S+) not found in type`)
	kebab        = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// syntaxError returns the line and the message of a YAML syntax error. yaml.v3 counts the lines of the parser's
// errors ("did not find expected ...") from 0 and those of its scanner from 1; both are made to count from 1, and
// the unclosed list or block gets a hint.
func syntaxError(msg string) (int, string) {
	line, text := yamlLine(msg), yamlMessage(msg)
	if strings.Contains(text, "did not find expected") && line > 0 {
		line++
	}
	switch {
	case strings.Contains(text, "expected ',' or ']'"):
		text += ": a list in [ ] that is not closed, or a value in it with a comma or colon that needs quotes"
	case strings.Contains(text, "expected ',' or '}'"):
		text += ": a block in { } that is not closed, or a value in it with a comma or colon that needs quotes"
	case strings.Contains(text, "did not find expected key"):
		text += ": a line that is indented differently from the fields around it, or a list item (- ...) where a field belongs"
	}
	return line, text
}

// secondDocument returns the line where a second YAML document starts, or 0 when data holds one.
func secondDocument(data []byte) int {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var first, second yaml.Node
	if dec.Decode(&first) != nil || dec.Decode(&second) != nil {
		return 0
	}
	if len(second.Content) == 0 || second.Content[0].Kind == yaml.ScalarNode && second.Content[0].Tag == "!!null" {
		return 0 // a "---" with nothing after it
	}
	if second.Line > 0 && second.Line < second.Content[0].Line {
		return second.Line // the "---"
	}
	return second.Content[0].Line
}

// duplicateKey finds a field given twice in one block, at any depth: its name, the line of the second and of the
// first.
func duplicateKey(n *yaml.Node) (key string, line, first int) {
	if n == nil {
		return "", 0, 0
	}
	if n.Kind == yaml.MappingNode {
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if at, ok := seen[k.Value]; ok {
				return k.Value, k.Line, at
			}
			seen[k.Value] = k.Line
		}
	}
	for _, c := range n.Content {
		if key, line, first := duplicateKey(c); key != "" {
			return key, line, first
		}
	}
	return "", 0, 0
}

func nodeKind(k yaml.Kind) string {
	switch k {
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return "a single value"
	default:
		return "this"
	}
}

func yamlLine(msg string) int {
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

func yamlMessage(msg string) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	return yamlLineRE.ReplaceAllString(strings.TrimPrefix(msg, "unmarshal errors:\n  "), "")
}

func keyLines(n *yaml.Node) fields {
	f := fields{}
	if n == nil || n.Kind != yaml.MappingNode {
		return f
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		f[n.Content[i].Value] = n.Content[i].Line
	}
	return f
}

// items returns the line maps of the mappings in a sequence node (or in the sequence under key of a mapping).
func items(n *yaml.Node, key string) []fields {
	if n == nil {
		return nil
	}
	if key != "" {
		if n.Kind != yaml.MappingNode {
			return nil
		}
		var found *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				found = n.Content[i+1]
			}
		}
		n = found
	}
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]fields, len(n.Content))
	for i, c := range n.Content {
		out[i] = keyLines(c)
		out[i]["-"] = c.Line
	}
	return out
}

func at(fs []fields, i int) fields {
	if i < len(fs) {
		return fs[i]
	}
	return fields{}
}

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
