package names

import "testing"

// unCapitals are the capitals of the 193 member states of the United
// Nations, in English (Bolivia's constitutional capital Sucre, South
// Africa's administrative capital Pretoria).
var unCapitals = []string{
	"Kabul", "Tirana", "Algiers", "Andorra la Vella", "Luanda", "Saint John's", "Buenos Aires", "Yerevan",
	"Canberra", "Vienna", "Baku", "Nassau", "Manama", "Dhaka", "Bridgetown", "Minsk",
	"Brussels", "Belmopan", "Porto-Novo", "Thimphu", "Sucre", "Sarajevo", "Gaborone", "Brasília",
	"Bandar Seri Begawan", "Sofia", "Ouagadougou", "Gitega", "Praia", "Phnom Penh", "Yaoundé", "Ottawa",
	"Bangui", "N'Djamena", "Santiago", "Beijing", "Bogotá", "Moroni", "Brazzaville", "San José",
	"Yamoussoukro", "Zagreb", "Havana", "Nicosia", "Prague", "Pyongyang", "Kinshasa", "Copenhagen",
	"Djibouti", "Roseau", "Santo Domingo", "Quito", "Cairo", "San Salvador", "Malabo", "Asmara",
	"Tallinn", "Mbabane", "Addis Ababa", "Suva", "Helsinki", "Paris", "Libreville", "Banjul",
	"Tbilisi", "Berlin", "Accra", "Athens", "St. George's", "Guatemala City", "Conakry", "Bissau",
	"Georgetown", "Port-au-Prince", "Tegucigalpa", "Budapest", "Reykjavík", "New Delhi", "Jakarta", "Tehran",
	"Baghdad", "Dublin", "Jerusalem", "Rome", "Kingston", "Tokyo", "Amman", "Astana",
	"Nairobi", "South Tarawa", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Maseru",
	"Monrovia", "Tripoli", "Vaduz", "Vilnius", "Luxembourg", "Antananarivo", "Lilongwe", "Kuala Lumpur",
	"Malé", "Bamako", "Valletta", "Majuro", "Nouakchott", "Port Louis", "Mexico City", "Palikir",
	"Chișinău", "Monaco", "Ulaanbaatar", "Podgorica", "Rabat", "Maputo", "Naypyidaw", "Windhoek",
	"Yaren", "Kathmandu", "Amsterdam", "Wellington", "Managua", "Niamey", "Abuja", "Skopje",
	"Oslo", "Muscat", "Islamabad", "Ngerulmud", "Panama City", "Port Moresby", "Asunción", "Lima",
	"Manila", "Warsaw", "Lisbon", "Doha", "Seoul", "Bucharest", "Moscow", "Kigali",
	"Basseterre", "Castries", "Kingstown", "Apia", "San Marino", "São Tomé", "Riyadh", "Dakar",
	"Belgrade", "Victoria", "Freetown", "Singapore", "Bratislava", "Ljubljana", "Honiara", "Mogadishu",
	"Pretoria", "Juba", "Madrid", "Sri Jayawardenepura Kotte", "Khartoum", "Paramaribo", "Stockholm", "Bern",
	"Damascus", "Dushanbe", "Dodoma", "Bangkok", "Dili", "Lomé", "Nukuʻalofa", "Port of Spain",
	"Tunis", "Ankara", "Ashgabat", "Funafuti", "Kampala", "Kyiv", "Abu Dhabi", "London",
	"Washington", "Montevideo", "Tashkent", "Port Vila", "Caracas", "Hanoi", "Sanaa", "Lusaka",
	"Harare",
}

// TestUNCapitals checks that the gazetteer knows the capital of every UN
// member state, in English and in French (a capital that bears its
// country's name, such as Djibouti, is the country's entry).
func TestUNCapitals(t *testing.T) {
	g := embeddedGazetteer(t)
	if len(unCapitals) != 193 {
		t.Fatalf("%d capitals listed, want 193", len(unCapitals))
	}
	for _, c := range unCapitals {
		e, ok := g.Lookup(c)
		if !ok || e.Kind != "place" {
			t.Errorf("capital %s: not a place of the gazetteer (%v)", c, e)
			continue
		}
		if e.Name("fr") == "" || e.Name("en") == "" {
			t.Errorf("capital %s: no French or English name", c)
		}
	}
}
