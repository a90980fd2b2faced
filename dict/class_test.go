package dict

import "testing"

func TestClassOf(t *testing.T) {
	for _, c := range []struct {
		morph string
		want  Class
	}{
		{"po:nom is:fem is:sg", Noun | Feminine},
		{"po:adj is:epi is:sg", Adjective | Gender},
		{"po:nom is:mas", Noun | Masculine},
		{"po:v1__t___zz po:ppas is:mas is:sg", VerbForm}, // a participle has no gender
		{"po:v1__t___zz po:infi", Infinitive},
		{"po:prep", Preposition},
	} {
		if got := ClassOf(c.morph); got != c.want {
			t.Errorf("ClassOf(%q) = %v, want %v", c.morph, got, c.want)
		}
	}
	if got := (Noun | VerbForm | Feminine).Parts(); got != Noun|VerbForm {
		t.Errorf("Parts() = %v, want noun|verb-form", got)
	}
}
