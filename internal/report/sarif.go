package report

import (
	"encoding/json"
	"io"
)

// sarifWriter collects the findings and writes one SARIF 2.1.0 log: a run
// of the tool "retouche" with the metadata of every rule it reported, and
// one result per finding with its location (columns in characters) and,
// for auto and suggest findings, the fix.
type sarifWriter struct {
	w       io.Writer
	opts    Options
	rules   []sarifRule
	index   map[string]int
	results []sarifResult
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	ShortDescription     sarifText      `json:"shortDescription"`
	Help                 *sarifText     `json:"help,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Category string   `json:"category"`
	Stage    string   `json:"stage"`
	Tags     []string `json:"tags"`
}

type sarifResult struct {
	RuleID     string           `json:"ruleId"`
	RuleIndex  int              `json:"ruleIndex"`
	Level      string           `json:"level"`
	Message    sarifText        `json:"message"`
	Locations  []sarifLocation  `json:"locations"`
	Fixes      []sarifFix       `json:"fixes,omitempty"`
	Properties sarifResultProps `json:"properties"`
}

type sarifResultProps struct {
	Tier       string  `json:"tier"`
	Confidence float64 `json:"confidence"`
	Applied    bool    `json:"applied"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

func (s *sarifWriter) Write(f Finding) error {
	lvl, _, _ := level(f.Tier)
	i, ok := s.index[f.Rule]
	if !ok {
		if s.index == nil {
			s.index = map[string]int{}
		}
		i = len(s.rules)
		s.index[f.Rule] = i
		r := sarifRule{ID: f.Rule, ShortDescription: sarifText{f.Message}, DefaultConfiguration: sarifConfig{lvl},
			Properties: sarifRuleProps{Category: f.Category, Stage: f.Stage, Tags: []string{f.Category}}}
		if s.opts.Help != nil {
			if h := s.opts.Help(f.Rule, f.Stage); h != "" {
				r.Help = &sarifText{h}
			}
		}
		s.rules = append(s.rules, r)
	}
	region := sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn}
	uri := sarifArtifact{URI: artifactURI(f.Path)}
	res := sarifResult{
		RuleID: f.Rule, RuleIndex: i, Level: lvl, Message: sarifText{f.Message},
		Locations:  []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: uri, Region: region}}},
		Properties: sarifResultProps{Tier: f.Tier, Confidence: f.Confidence, Applied: f.Applied},
	}
	if lvl != "note" {
		res.Fixes = []sarifFix{{
			Description: sarifText{"replace " + Visible(f.Text) + " by " + Visible(f.Replacement)},
			ArtifactChanges: []sarifArtifactChange{{ArtifactLocation: uri,
				Replacements: []sarifReplacement{{DeletedRegion: region, InsertedContent: sarifText{f.Replacement}}}}},
		}}
	}
	s.results = append(s.results, res)
	return nil
}

func (s *sarifWriter) Close() error {
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{Name: "retouche", Version: s.opts.Version,
				InformationURI: "https://github.com/retouche/retouche", Rules: s.rules}},
			ColumnKind: "unicodeCodePoints",
			Results:    s.results,
		}},
	}
	if log.Runs[0].Results == nil {
		log.Runs[0].Results = []sarifResult{}
	}
	if log.Runs[0].Tool.Driver.Rules == nil {
		log.Runs[0].Tool.Driver.Rules = []sarifRule{}
	}
	enc := json.NewEncoder(s.w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
