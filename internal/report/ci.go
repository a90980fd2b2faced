package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/retouche/retouche/pipeline"
)

// Options carry what some formats need besides the findings.
type Options struct {
	// Template is the Go text/template of the "template" format, executed
	// for each Finding; a newline is added when it does not end with one.
	Template string
	// Help returns the help text of a rule (for SARIF's rule metadata);
	// nil gives none.
	Help func(rule, stage string) string
	// Version is the tool version written in SARIF.
	Version string
}

// level maps a tier to the severity words of CI systems: SARIF levels,
// GitHub workflow commands, Checkstyle severities.
func level(tier string) (sarif, github, checkstyle string) {
	switch tier {
	case pipeline.Auto.String():
		return "error", "error", "error"
	case pipeline.Suggest.String():
		return "warning", "warning", "warning"
	}
	return "note", "notice", "info"
}

// githubWriter writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE
type githubWriter struct{ w io.Writer }

var (
	githubData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func (g *githubWriter) Write(f Finding) error {
	_, kind, _ := level(f.Tier)
	msg := f.Message
	if f.Tier != pipeline.Report.String() {
		msg += " (" + Visible(f.Text) + " → " + Visible(f.Replacement) + ")"
	}
	_, err := fmt.Fprintf(g.w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
		kind, githubProperty.Replace(f.Path), f.Line, f.Column, f.EndLine, f.EndColumn,
		githubProperty.Replace(f.Category+"/"+f.Rule), githubData.Replace(msg))
	return err
}

func (g *githubWriter) Close() error { return nil }

// templateWriter executes a Go template for each finding.
type templateWriter struct {
	w io.Writer
	t *template.Template
}

func newTemplateWriter(w io.Writer, text string) (*templateWriter, error) {
	if text == "" {
		return nil, fmt.Errorf("the template format needs --template, e.g. '{{.Path}}:{{.Line}}: {{.Message}}'")
	}
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	t, err := template.New("finding").Funcs(template.FuncMap{"visible": Visible}).Parse(text)
	if err != nil {
		return nil, fmt.Errorf("--template: %w", err)
	}
	return &templateWriter{w: w, t: t}, nil
}

func (t *templateWriter) Write(f Finding) error { return t.t.Execute(t.w, f) }

func (t *templateWriter) Close() error { return nil }

// checkstyleWriter writes the Checkstyle XML format that many CI servers
// read (Jenkins, GitLab through converters, reviewdog).
type checkstyleWriter struct {
	w    io.Writer
	file string // the file element open, if any
	n    int
}

func (c *checkstyleWriter) Write(f Finding) error {
	if c.n == 0 {
		if _, err := io.WriteString(c.w, xml.Header+`<checkstyle version="4.3">`+"\n"); err != nil {
			return err
		}
	}
	c.n++
	if f.Path != c.file {
		if c.file != "" {
			io.WriteString(c.w, "  </file>\n")
		}
		c.file = f.Path
		fmt.Fprintf(c.w, "  <file name=%s>\n", attr(f.Path))
	}
	_, _, sev := level(f.Tier)
	msg := f.Message
	if f.Tier != pipeline.Report.String() {
		msg += " (" + Visible(f.Text) + " → " + Visible(f.Replacement) + ")"
	}
	_, err := fmt.Fprintf(c.w, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=%s source=%s/>\n",
		f.Line, f.Column, sev, attr(msg), attr("retouche."+f.Rule))
	return err
}

func (c *checkstyleWriter) Close() error {
	var end string
	switch {
	case c.n == 0:
		end = xml.Header + `<checkstyle version="4.3"></checkstyle>` + "\n"
	default:
		end = "  </file>\n</checkstyle>\n"
	}
	_, err := io.WriteString(c.w, end)
	return err
}

// attr quotes s as an XML attribute value (EscapeText escapes quotes and
// line breaks too).
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return `"` + b.String() + `"`
}

// junitWriter writes JUnit XML: a test suite per file and a failing test
// case per finding, the format CI systems show as test results.
type junitWriter struct {
	w     io.Writer
	files []string
	by    map[string][]Finding
}

func (j *junitWriter) Write(f Finding) error {
	if j.by == nil {
		j.by = map[string][]Finding{}
	}
	if _, ok := j.by[f.Path]; !ok {
		j.files = append(j.files, f.Path)
	}
	j.by[f.Path] = append(j.by[f.Path], f)
	return nil
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string       `xml:"name,attr"`
	ClassName string       `xml:"classname,attr"`
	Failure   junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func (j *junitWriter) Close() error {
	doc := junitSuites{Name: "retouche"}
	for _, path := range j.files {
		s := junitSuite{Name: path}
		for _, f := range j.by[path] {
			text := fmt.Sprintf("%s:%d:%d: %s/%s: %s", f.Path, f.Line, f.Column, f.Category, f.Rule, f.Message)
			if f.Tier != pipeline.Report.String() {
				text += " (" + Visible(f.Text) + " → " + Visible(f.Replacement) + ")"
			}
			s.Cases = append(s.Cases, junitCase{
				Name:      fmt.Sprintf("%s at %d:%d", f.Rule, f.Line, f.Column),
				ClassName: path,
				Failure:   junitFailure{Message: f.Message, Type: f.Tier, Text: text},
			})
		}
		s.Tests, s.Failures = len(s.Cases), len(s.Cases)
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Suites = append(doc.Suites, s)
	}
	if _, err := io.WriteString(j.w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(j.w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(j.w, "\n")
	return err
}

// artifactURI turns a path into the URI reference SARIF wants: forward
// slashes, escaped; standard input is "stdin".
func artifactURI(path string) string {
	if path == "<stdin>" {
		return "stdin"
	}
	return (&url.URL{Path: filepath.ToSlash(path)}).String()
}
