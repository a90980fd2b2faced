// Package technical recognises the names that technical prose writes in
// lower case after the noun that introduces them (la commande lintian, le
// paquet webmin, l'archive experimental) and the terms it cites alone
// between quotation marks (« Depends »). Such a name is neither glued words
// nor a French word that lost its accents.
package technical

import (
	"strings"

	"github.com/retouche/retouche/pipeline/stages/internal/wordlist"
	"github.com/retouche/retouche/token"
)

// Named reports whether the word at token i, in lower case, directly
// follows (after one space) a noun that introduces the name of a command, a
// program, a package or a file.
func Named(toks []token.Token, text string, i int) bool {
	w := toks[i].Text(text)
	if token.CaseOf(w) != token.Lower || i < 2 || toks[i-1].Kind != token.Space || toks[i-1].Text(text) != " " ||
		toks[i-2].Kind != token.Word {
		return false
	}
	_, noun := token.SplitElision(toks[i-2].Text(text))
	return namingNouns[strings.ToLower(noun)]
}

// namingNouns introduce the name of a thing of software.
var namingNouns = wordlist.Set("commande commandes programme programmes paquet paquets métapaquet métapaquets " +
	"logiciel logiciels outil outils utilitaire utilitaires cible cibles archive archives option options " +
	"bibliothèque bibliothèques module modules fonction fonctions variable variables démon démons " +
	"script scripts pilote pilotes greffon greffons extension extensions macro macros dépôt dépôts " +
	"client clients serveur serveurs service services champ champs balise balises paramètre paramètres")

// Quoted reports whether token i is the only word between quotation marks,
// with a colon glued to it at most: « Depends », « Depends: », "echo": a
// term cited, as technical prose cites the names of fields and commands.
func Quoted(toks []token.Token, text string, i int) bool {
	j, k := skipSpace(toks, i, -1), skipSpace(toks, i, 1)
	if k < len(toks) && k == i+1 && toks[k].Text(text) == ":" {
		k = skipSpace(toks, k, 1) // « Depends: », a field named with its colon
	}
	if j < 0 || k >= len(toks) {
		return false
	}
	open, shut := toks[j].Text(text), toks[k].Text(text)
	switch open {
	case "«":
		return shut == "»"
	case "“":
		return shut == "”"
	case "\"", "'", "‘", "’":
		return shut == open || open == "‘" && shut == "’"
	}
	return false
}

// skipSpace returns the index of the token next to token i in the
// direction step (-1 or 1), past one run of spaces: -1 or len(toks) at
// the ends of the text.
func skipSpace(toks []token.Token, i, step int) int {
	j := i + step
	if j >= 0 && j < len(toks) && toks[j].Kind == token.Space {
		j += step
	}
	return j
}
