"""Given and family names for the demo event, per country, spelt the way their owners spell them.

Each country has female given names, male given names and family names as comma-separated text.
A family name written "Kowalski/Kowalska" has a male and a female form. In countries whose people
may register in their own script, an entry reads "Latin=Native" ("Olha=Ольга").
"""
from __future__ import annotations

# country: (female given names, male given names, family names)
NAMES: dict[str, tuple[str, str, str]] = {
    "BE": (
        "Marie, Sophie, Anne-Sophie, Julie, Charlotte, Els, An, Katrien, Lieve, Nathalie, Isabelle, "
        "Véronique, Hélène, Aurélie, Nadia, Fatima, Sarah, Lotte, Elke, Ingrid",
        "Jean, Pierre, Olivier, Benoît, François, Jérôme, Koen, Pieter, Bart, Jan, Wouter, Tom, Karim, "
        "Mohamed, Thomas, Nicolas, Geert, Stijn, Frédéric, Raphaël",
        "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Dubois, "
        "Lambert, Dupont, Martin, Lefèvre, Van den Bossche, Vandenbroucke, Leclercq, Denis, Hermans, "
        "Renard, Collard, Lejeune, El Amrani, Benali, Vermeulen, Van Damme, D'Hondt, Delvaux, Verhaegen, "
        "Şahin, Yılmaz",
    ),
    "FR": (
        "Marie, Camille, Hélène, Élodie, Céline, Nathalie, Isabelle, Sophie, Agnès, Anaïs, Chloé, Léa, "
        "Amélie, Françoise, Sylvie, Manon, Inès, Yasmina, Nadia, Clémence",
        "Jean, Pierre, François, Benoît, Jérôme, Stéphane, Frédéric, Sébastien, Laurent, Nicolas, Julien, "
        "Mathieu, Olivier, Rémi, Loïc, Hervé, Karim, Mehdi, Thierry, Grégoire",
        "Martin, Bernard, Dubois, Durand, Lefèvre, Moreau, Laurent, Simon, Michel, Leroy, Roux, David, "
        "Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, Muller, "
        "Lefort, Mercier, Garnier, Chevalier, Nguyen, Haddad, Boyer, Gauthier, Perrin, Lemaître, Bensaïd, "
        "Lefebvre, Faure, Guérin, Da Costa",
    ),
    "DE": (
        "Anna, Katharina, Julia, Sabine, Petra, Claudia, Stefanie, Jana, Lena, Hannah, Sophie, Ute, "
        "Birgit, Jutta, Özlem, Ayşe, Marlene, Friederike, Annika, Franziska",
        "Thomas, Michael, Andreas, Stefan, Markus, Jörg, Jürgen, Uwe, Klaus, Matthias, Florian, Tobias, "
        "Lukas, Jonas, Sebastian, Dirk, Mehmet, Emre, Björn, Günter",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
        "Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, "
        "Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Köhler, Şahin, Yılmaz, Öztürk, Groß, Weiß, "
        "Jäger, Böhm",
    ),
    "NL": (
        "Anne, Sanne, Femke, Lotte, Eva, Marieke, Inge, Anouk, Noor, Fleur, Esther, Ilse, Saskia, "
        "Yasmina, Fatima, Ingrid",
        "Jan, Pieter, Joost, Bas, Ruud, Sander, Thijs, Maarten, Wouter, Daan, Erik, Mohammed, Hans, "
        "Jeroen, Koen, Stijn",
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, "
        "de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, "
        "Dijkstra, Smits, de Graaf, van der Meer, El Idrissi, Yılmaz, Kok, van der Linden, Öztürk",
    ),
    "LU": (
        "Marie, Anne, Claudine, Sandra, Carole, Tessy, Nathalie, Martine, Sophie, Joëlle, Ana, Sarah",
        "Jean, Marc, Paul, Claude, Patrick, Luc, Tom, Gilles, Jeff, Pol, Ben, Serge",
        "Schmit, Muller, Weber, Wagner, Hoffmann, Thill, Schroeder, Reuter, Kremer, Klein, Steffen, "
        "Welter, Da Silva, Ferreira, Kieffer, Majerus, Hansen, Meyers, Faber, Theis",
    ),
    "CH": (
        "Anna, Laura, Sarah, Céline, Nadine, Sandra, Andrea, Corinne, Fabienne, Mélanie, Rahel, Regula, "
        "Franziska, Chiara, Lea, Valérie",
        "Daniel, Thomas, Martin, Urs, Beat, Reto, Marco, Christoph, Lukas, Luca, Pascal, Jean-Marc, Yves, "
        "Stéphane, Andreas, Jörg",
        "Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, "
        "Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Favre, Rochat, Bonvin, "
        "Rossi, Bühler, Kälin, Fässler, Lüthi, Brändli, Girardet",
    ),
    "AT": (
        "Anna, Maria, Katharina, Elisabeth, Sabine, Andrea, Barbara, Christina, Birgit, Theresa, "
        "Johanna, Verena, Doris, Ursula, Magdalena, Sonja",
        "Thomas, Michael, Andreas, Wolfgang, Franz, Johann, Peter, Gerhard, Christian, Stefan, Lukas, "
        "Florian, Markus, Herbert, Josef, Jakob",
        "Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, "
        "Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Schneider, Reiter, Mayr, Brunner, "
        "Wimmer, Egger, Lehner, Haas, Wallner, Strauß",
    ),
    "IT": (
        "Giulia, Francesca, Chiara, Sara, Valentina, Alessandra, Federica, Elena, Martina, Silvia, Laura, "
        "Paola, Anna, Roberta, Lucia, Ilaria, Beatrice, Maria Grazia",
        "Marco, Giuseppe, Alessandro, Andrea, Luca, Francesco, Matteo, Lorenzo, Davide, Stefano, "
        "Giovanni, Paolo, Roberto, Simone, Federico, Niccolò, Gian Luca, Nicolò",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
        "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
        "Mariani, Rinaldi, Caruso, Ferrara, Galli, D'Amico, Lo Russo, Di Stefano",
    ),
    "ES": (
        "María, Carmen, Ana, Laura, Marta, Lucía, Elena, Cristina, Paula, Núria, Montserrat, Itziar, "
        "Begoña, Raquel, Pilar, Inés, Sofía, Ainhoa, Rocío, Mercè",
        "José, Antonio, Manuel, Javier, David, Daniel, Carlos, Jesús, Alejandro, Miguel Ángel, Jordi, "
        "Xavier, Pau, Iñaki, Íñigo, Sergio, Álvaro, Raúl, Andrés, Joan",
        "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, "
        "Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, "
        "Torres, Domínguez, Vázquez, Puig, Ferrer, Vidal, Etxeberria, Agirre, Castaño, Ibáñez, Peña, Núñez",
    ),
    "PT": (
        "Maria, Ana, Joana, Inês, Mariana, Catarina, Sofia, Beatriz, Rita, Teresa, Filipa, Sónia, "
        "Conceição, Margarida, Helena, Patrícia",
        "João, José, António, Manuel, Francisco, Pedro, Rui, Nuno, Miguel, Tiago, Ricardo, Paulo, Luís, "
        "Gonçalo, Sérgio, Vítor",
        "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, "
        "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
        "Correia, Mendes, Nunes, Soares, Magalhães, Simões, Araújo, dos Santos",
    ),
    "IE": (
        "Siobhán, Aoife, Niamh, Orla, Gráinne, Sinéad, Clodagh, Máire, Caoimhe, Róisín, Mary, Catherine, "
        "Emma, Sarah, Ciara, Deirdre",
        "Seán, Pádraig, Ciarán, Cormac, Darragh, Eoin, Liam, Conor, Declan, Brendan, Fergal, Dónal, "
        "Michael, John, Patrick, Éamon",
        "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, "
        "Ó Súilleabháin/Ní Shúilleabháin, Ó Briain/Ní Bhriain, Ó Ceallaigh/Ní Cheallaigh, Doyle, "
        "McCarthy, Gallagher, Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, "
        "Mac Giolla Phádraig/Nic Giolla Phádraig",
    ),
    "GB": (
        "Sarah, Emma, Rachel, Charlotte, Hannah, Sophie, Helen, Claire, Rebecca, Amy, Priya, Aisha, "
        "Fiona, Morag, Catrin, Siân",
        "James, David, John, Michael, Paul, Andrew, Mark, Richard, Daniel, Tom, Oliver, Rhys, Hamish, "
        "Ravi, Imran, Callum",
        "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
        "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Patel, Khan, Campbell, "
        "MacDonald, Stewart, Llewellyn, Ahmed, Okafor",
    ),
    "DK": (
        "Anne, Mette, Hanne, Camilla, Louise, Sofie, Ida, Maria, Signe, Line, Kirsten, Lærke, Birgitte, "
        "Freja, Søs, Astrid",
        "Jens, Søren, Lars, Niels, Henrik, Rasmus, Mads, Anders, Morten, Jesper, Mikkel, Frederik, "
        "Jørgen, Ulrik, Kasper, Bjørn",
        "Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, "
        "Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, "
        "Møller, Mortensen, Østergaard, Kjær, Lauridsen, Bækgaard, Holm, Dahl, Skovgaard",
    ),
    "SE": (
        "Anna, Maria, Karin, Eva, Kristina, Lena, Sara, Emma, Ingrid, Malin, Åsa, Linnéa, Elin, Sofia, "
        "Johanna, Märta",
        "Lars, Anders, Johan, Erik, Per, Karl, Björn, Mikael, Magnus, Fredrik, Mattias, Oskar, Gustav, "
        "Håkan, Göran, Jonas",
        "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
        "Gustafsson, Pettersson, Jönsson, Jansson, Hansson, Bengtsson, Lindberg, Lindström, Lindqvist, "
        "Berglund, Åberg, Söderberg, Öberg, Ström, Sjöberg, Holmström, Nyström, Ekström, Lundgren, "
        "Hedlund, Wallin",
    ),
    "NO": (
        "Ingrid, Kari, Anne, Marit, Hilde, Silje, Ingvild, Tone, Solveig, Ragnhild, Åse, Nora, Ida, "
        "Sigrid, Mari, Guro",
        "Ole, Lars, Knut, Per, Jon, Bjørn, Øyvind, Håkon, Eirik, Torbjørn, Magnus, Sindre, Aksel, Geir, "
        "Trond, Espen",
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, "
        "Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, "
        "Jørgensen, Halvorsen, Ødegaard, Sæther, Bråten, Kvåle, Fjeld, Strand, Lie, Aas",
    ),
    "FI": (
        "Anna, Maria, Liisa, Aino, Hanna, Päivi, Sari, Tiina, Minna, Johanna, Satu, Elina, Kaisa, Sanna, "
        "Heli, Riikka",
        "Juha, Mikko, Timo, Matti, Jukka, Antti, Kari, Pekka, Markku, Ville, Janne, Jari, Tuomas, Sami, "
        "Heikki, Väinö",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, "
        "Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, "
        "Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, "
        "Lahtinen, Ahonen",
    ),
    "PL": (
        "Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Aleksandra, "
        "Monika, Zofia, Dorota, Beata, Justyna, Grażyna, Bożena, Jadwiga",
        "Łukasz, Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Jakub, Grzegorz, Wojciech, Mateusz, "
        "Bartłomiej, Dariusz, Jarosław, Przemysław, Zbigniew, Andrzej, Maciej",
        "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
        "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, "
        "Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, "
        "Kwiatkowski/Kwiatkowska, Krawczyk, Piotrowski/Piotrowska, Grabowski/Grabowska, "
        "Nowakowski/Nowakowska, Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, "
        "Jabłoński/Jabłońska, Wróbel, Majewski/Majewska, Olszewski/Olszewska, Stępień, "
        "Śliwiński/Śliwińska, Żółkiewski/Żółkiewska, Górski/Górska, Sikora, Błaszczyk, "
        "Chmielewski/Chmielewska",
    ),
    "CZ": (
        "Jana, Marie, Eva, Hana, Anna, Lenka, Kateřina, Lucie, Věra, Alena, Petra, Veronika, Jaroslava, "
        "Tereza, Michaela, Zuzana",
        "Jan, Jiří, Petr, Josef, Pavel, Martin, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, "
        "František, Jakub, Lukáš, Ondřej",
        "Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, "
        "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, "
        "Pokorný/Pokorná, Marek/Marková, Pospíšil/Pospíšilová, Hájek/Hájková, Jelínek/Jelínková, "
        "Král/Králová, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková, "
        "Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, Čermák/Čermáková, "
        "Urban/Urbanová, Vaněk/Vaňková, Blažek/Blažková, Kříž/Křížová, Šťastný/Šťastná",
    ),
    "SK": (
        "Mária, Jana, Eva, Anna, Zuzana, Katarína, Martina, Lucia, Ľubica, Soňa, Ivana, Monika, "
        "Veronika, Dominika, Andrea, Jarmila",
        "Peter, Ján, Jozef, Michal, Martin, Tomáš, Marek, Lukáš, Juraj, Ľubomír, Milan, Róbert, Štefan, "
        "Dušan, Matej, Branislav",
        "Horváth/Horváthová, Kováč/Kováčová, Varga/Vargová, Tóth/Tóthová, Nagy/Nagyová, "
        "Baláž/Balážová, Szabó/Szabóová, Molnár/Molnárová, Balog/Balogová, Lukáč/Lukáčová, "
        "Novák/Nováková, Kollár/Kollárová, Németh/Némethová, Oravec/Oravcová, Šimko/Šimková, "
        "Polák/Poláková, Kráľ/Kráľová, Hudák/Hudáková, Čierny/Čierna, Mráz/Mrázová",
    ),
    "HU": (
        "Zsuzsanna, Katalin, Erzsébet, Ildikó, Krisztina, Anikó, Eszter, Réka, Judit, Ágnes, Orsolya, "
        "Boglárka, Dóra, Éva, Nóra, Tímea",
        "László, István, József, János, Zoltán, Sándor, Gábor, Ferenc, Attila, Péter, Tamás, Zsolt, "
        "Balázs, Gergely, Ádám, Bence",
        "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, "
        "Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török, Fehér, Gál, Szűcs, "
        "Kocsis, Pintér, Fodor, Bíró, Király",
    ),
    "RO": (
        "Maria, Elena, Ioana, Andreea, Alexandra, Mihaela, Cristina, Ana-Maria, Raluca, Oana, Gabriela, "
        "Irina, Simona, Diana, Roxana, Anca",
        "Andrei, Alexandru, Ion, Mihai, Gheorghe, Constantin, Ștefan, Vasile, Florin, Bogdan, Cristian, "
        "Adrian, Radu, Răzvan, Ionuț, Dragoș",
        "Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, "
        "Munteanu, Constantin, Mihai, Marin, Lungu, Moldovan, Toma, Ene, Tudor, Florea, Dobre, "
        "Niculescu, Bălan, Nistor, Știrbu, Țurcanu, Ștefănescu, Mureșan, Dumitrescu",
    ),
    "BG": (
        "Maria=Мария, Ivanka=Иванка, Elena=Елена, Yordanka=Йорданка, Desislava=Десислава, "
        "Gergana=Гергана, Radostina=Радостина, Tsvetelina=Цветелина, Nadezhda=Надежда, Svetla=Светла, "
        "Vesela=Весела, Milena=Милена, Kalina=Калина, Teodora=Теодора",
        "Georgi=Георги, Ivan=Иван, Dimitar=Димитър, Nikolay=Николай, Petar=Петър, Hristo=Христо, "
        "Todor=Тодор, Stoyan=Стоян, Vasil=Васил, Krasimir=Красимир, Plamen=Пламен, Yordan=Йордан, "
        "Boyan=Боян, Kaloyan=Калоян",
        "Ivanov/Ivanova=Иванов/Иванова, Georgiev/Georgieva=Георгиев/Георгиева, "
        "Dimitrov/Dimitrova=Димитров/Димитрова, Petrov/Petrova=Петров/Петрова, "
        "Nikolov/Nikolova=Николов/Николова, Hristov/Hristova=Христов/Христова, "
        "Stoyanov/Stoyanova=Стоянов/Стоянова, Todorov/Todorova=Тодоров/Тодорова, "
        "Angelov/Angelova=Ангелов/Ангелова, Vasilev/Vasileva=Василев/Василева, "
        "Atanasov/Atanasova=Атанасов/Атанасова, Petkov/Petkova=Петков/Петкова, "
        "Marinov/Marinova=Маринов/Маринова, Kolev/Koleva=Колев/Колева, "
        "Yordanov/Yordanova=Йорданов/Йорданова, Popov/Popova=Попов/Попова",
    ),
    "GR": (
        "Eleni=Ελένη, Maria=Μαρία, Katerina=Κατερίνα, Sofia=Σοφία, Georgia=Γεωργία, Dimitra=Δήμητρα, "
        "Anna=Άννα, Ioanna=Ιωάννα, Vasiliki=Βασιλική, Angeliki=Αγγελική, Christina=Χριστίνα, "
        "Despina=Δέσποινα, Foteini=Φωτεινή, Niki=Νίκη",
        "Georgios=Γεώργιος, Giorgos=Γιώργος, Konstantinos=Κωνσταντίνος, Dimitris=Δημήτρης, Nikos=Νίκος, "
        "Yannis=Γιάννης, Panagiotis=Παναγιώτης, Christos=Χρήστος, Vasilis=Βασίλης, Kostas=Κώστας, "
        "Alexandros=Αλέξανδρος, Michalis=Μιχάλης, Stavros=Σταύρος, Spyros=Σπύρος",
        "Papadopoulos/Papadopoulou=Παπαδόπουλος/Παπαδοπούλου, Konstantinou=Κωνσταντίνου, "
        "Georgiou=Γεωργίου, Nikolaou=Νικολάου, Papadakis/Papadaki=Παπαδάκης/Παπαδάκη, "
        "Vlachos/Vlachou=Βλάχος/Βλάχου, Ioannou=Ιωάννου, Dimitriou=Δημητρίου, Pappas/Pappa=Παππάς/Παππά, "
        "Oikonomou=Οικονόμου, Makris/Makri=Μακρής/Μακρή, Alexiou=Αλεξίου, Antoniou=Αντωνίου, "
        "Karagiannis/Karagianni=Καραγιάννης/Καραγιάννη, Christodoulou=Χριστοδούλου, "
        "Theodorou=Θεοδώρου, Papanikolaou=Παπανικολάου, Mylonas/Mylona=Μυλωνάς/Μυλωνά",
    ),
    "HR": (
        "Ana, Ivana, Marija, Petra, Maja, Martina, Kristina, Nikolina, Jelena, Sanja, Vesna, Željka, "
        "Mirjana, Snježana, Dubravka, Lucija",
        "Ivan, Marko, Josip, Tomislav, Ante, Luka, Stjepan, Mario, Dario, Goran, Krešimir, Zoran, "
        "Hrvoje, Damir, Željko, Matej",
        "Horvat, Kovačević, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Vuković, Marković, Petrović, "
        "Matić, Tomić, Pavlović, Božić, Blažević, Grgić, Pavić, Radić, Perić, Šarić, Lovrić, Vidović, "
        "Perković, Mandić, Čović, Jukić, Šimić, Živković, Barišić",
    ),
    "RS": (
        "Jelena, Milica, Marija, Ana, Jovana, Dragana, Ivana, Snežana, Tijana, Nevena, Gordana, Bojana, "
        "Vesna, Ljiljana, Dušica, Kristina",
        "Nikola, Marko, Stefan, Miloš, Aleksandar, Nemanja, Dragan, Zoran, Dejan, Milan, Vladimir, "
        "Đorđe, Dušan, Bojan, Goran, Uroš",
        "Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, "
        "Milošević, Popović, Đokić, Živković, Todorović, Kostić, Ristić, Lazić, Savić, Mitrović, Tomić, "
        "Milenković, Obradović, Radovanović, Vasić, Perić, Jović, Bogdanović, Đukić, Stevanović, "
        "Mladenović",
    ),
    "SI": (
        "Maja, Ana, Mojca, Nina, Tanja, Katja, Petra, Urška, Špela, Nataša, Barbara, Alenka, Mateja, "
        "Tina, Andreja, Saša",
        "Franc, Janez, Marko, Andrej, Anton, Jožef, Luka, Matej, Boštjan, Gregor, Rok, Primož, Tomaž, "
        "Aleš, Žiga, Uroš",
        "Novak, Horvat, Krajnc, Kovačič, Zupančič, Potočnik, Kovač, Mlakar, Kos, Vidmar, Golob, Turk, "
        "Kralj, Zupan, Bizjak, Hribar, Korošec, Rozman, Kotnik, Oblak, Petek, Kolar, Žagar, Kastelic, "
        "Košir, Žnidaršič, Hočevar, Koren, Zajc, Medved",
    ),
    "UA": (
        "Olha=Ольга, Oksana=Оксана, Iryna=Ірина, Nataliia=Наталія, Tetiana=Тетяна, Yuliia=Юлія, "
        "Kateryna=Катерина, Olena=Олена, Anastasiia=Анастасія, Viktoriia=Вікторія, Halyna=Галина, "
        "Mariia=Марія, Svitlana=Світлана, Liudmyla=Людмила",
        "Ivan=Іван, Oleksandr=Олександр, Andrii=Андрій, Serhii=Сергій, Dmytro=Дмитро, Mykola=Микола, "
        "Volodymyr=Володимир, Taras=Тарас, Yurii=Юрій, Oleh=Олег, Bohdan=Богдан, Vasyl=Василь, "
        "Petro=Петро, Maksym=Максим",
        "Petrenko=Петренко, Kovalenko=Коваленко, Shevchenko=Шевченко, Bondarenko=Бондаренко, "
        "Tkachenko=Ткаченко, Kravchenko=Кравченко, Boiko=Бойко, Melnyk=Мельник, Kovalchuk=Ковальчук, "
        "Oliinyk=Олійник, Shevchuk=Шевчук, Polishchuk=Поліщук, Lysenko=Лисенко, Marchenko=Марченко, "
        "Moroz=Мороз, Savchenko=Савченко, Rudenko=Руденко, Hnatiuk=Гнатюк, Kozak=Козак, "
        "Sydorenko=Сидоренко",
    ),
}

# Share of people from these countries who write their name in their own alphabet.
NATIVE_SCRIPT_SHARE: dict[str, float] = {"GR": 0.4, "BG": 0.45, "UA": 0.5}

# Share of people who carry two family names ("García López", "Sousa Carvalho").
DOUBLE_FAMILY_NAME_SHARE: dict[str, float] = {"ES": 0.6, "PT": 0.5}

