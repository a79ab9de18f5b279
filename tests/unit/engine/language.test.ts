import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readsAsEnglish } from "../../../src/engine/language";

const seed = readFileSync(join(__dirname, "../../fixtures/seed/article.txt"), "utf8");

// Hand-written news-like paragraphs (invented people and places), about 60 words each.
const OTHERS: Record<string, string> = {
  German:
    "Der Stadtrat von Lindenau hat am Mittwochabend nach einer langen Debatte den Bau einer neuen Brücke über den Fluss beschlossen. Die alte Brücke ist seit zwei Jahren für den Schwerverkehr gesperrt, und die Umleitung kostet die Pendler jeden Tag fast eine halbe Stunde. „Wir haben lange genug gewartet“, sagte die Oberbürgermeisterin Margarete Vollmer nach der Abstimmung vor dem Rathaus. Die Arbeiten sollen im Frühjahr beginnen.",
  French:
    "Le conseil municipal de Villebrune a voté mercredi soir la construction d'un nouveau pont sur la rivière, après un long débat. L'ancien pont est fermé aux camions depuis deux ans, et le détour par la ville voisine coûte aux habitants près d'une demi-heure par jour. « Nous avons assez attendu », a déclaré la maire Hélène Marchais devant la mairie. Les travaux doivent commencer au printemps et durer quatre ans.",
  Spanish:
    "El ayuntamiento de Valdemora aprobó el miércoles por la noche la construcción de un nuevo puente sobre el río, después de un largo debate. El puente antiguo está cerrado a los camiones desde hace dos años, y el desvío por la ciudad vecina cuesta a los vecinos casi media hora al día. «Hemos esperado bastante», dijo la alcaldesa Lucía Ortega Benítez frente al ayuntamiento. Las obras comenzarán en primavera.",
  Italian:
    "Il consiglio comunale di Roccalta ha approvato mercoledì sera la costruzione di un nuovo ponte sul fiume, dopo un lungo dibattito. Il vecchio ponte è chiuso ai camion da due anni, e la deviazione per la città vicina costa agli abitanti quasi mezz'ora al giorno. «Abbiamo aspettato abbastanza», ha detto la sindaca Chiara Bellandi davanti al municipio. I lavori dovrebbero cominciare in primavera e durare quattro anni.",
  Portuguese:
    "A câmara municipal de Vila Serena aprovou na quarta-feira à noite a construção de uma nova ponte sobre o rio, depois de um longo debate. A ponte antiga está fechada aos camiões há dois anos, e o desvio pela cidade vizinha custa aos moradores quase meia hora por dia. «Já esperámos demasiado», disse a presidente da câmara, Inês Carvalhal, em frente aos paços do concelho. As obras começam na primavera.",
  Dutch:
    "De gemeenteraad van Zandhoven heeft woensdagavond na een lang debat besloten tot de bouw van een nieuwe brug over de rivier. De oude brug is al twee jaar gesloten voor vrachtverkeer, en de omleiding via de buurstad kost de inwoners bijna een half uur per dag. „We hebben lang genoeg gewacht”, zei burgemeester Anouk Verhoeven na de stemming voor het stadhuis. De werkzaamheden beginnen in het voorjaar.",
  Russian:
    "Городской совет Заречья в среду вечером после долгих споров одобрил строительство нового моста через реку. Старый мост уже два года закрыт для грузовиков, а объезд через соседний город отнимает у жителей почти полчаса в день. «Мы ждали достаточно долго», сказала мэр города Анна Воронцова у здания администрации. Работы начнутся весной и продлятся четыре года.",
  Chinese: "市议会周三晚上经过长时间辩论，批准在河上修建一座新桥。旧桥两年来一直禁止卡车通行，绕道邻近城市每天要花居民将近半个小时。市长王丽华在市政厅前说：“我们已经等得够久了。”工程将于明年春天开始，预计持续四年。",
};

describe("readsAsEnglish", () => {
  it("the reference article reads as English", () => {
    expect(readsAsEnglish(seed)).toBe(true);
  });

  it.each(Object.entries(OTHERS))("a news story in %s does not", (_, text) => {
    expect(readsAsEnglish(text)).toBe(false);
  });

  it("an English story quoting a sentence in another language, with foreign names, still does", () => {
    const text = `${seed.slice(0, 1200)} "Nous avons assez attendu," said the mayor of Villebrune, Hélène de la Marchais, in French, before Los Angeles officials and Jean-Luc van der Berg answered her. ${seed.slice(1200, 2400)}`;
    expect(readsAsEnglish(text)).toBe(true);
  });

  it("a list with few function words of any language (a shop's, a results table) is not refused", () => {
    const list = Array.from({ length: 30 }, (_, i) => `Walnut Desk ${i + 1} $${120 + i}.00 Oak Finish Free Shipping 4.${i % 10} stars`).join("\n");
    expect(readsAsEnglish(list)).toBe(true);
  });

  it("too short a text says nothing, and counts as English", () => {
    expect(readsAsEnglish("Der Rat hat entschieden.")).toBe(true);
    expect(readsAsEnglish("")).toBe(true);
  });
});
