package org.doorman.bench;

import java.util.List;
import java.util.Optional;
import org.doorman.core.screening.Language;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.RequestContext;
import org.doorman.core.screening.ScreeningInput;
import org.doorman.core.screening.SenderStats;

/**
 * The core decision on one thread: screening a typical request (about 300 characters, German or English, with
 * profiles, sender figures and context) and evaluating the default strategy. Requests rotate so that no single text
 * stays hot. Run: {@code java -jar bench/target/benchmarks.jar 'bench.ScreeningBenchmark' -f 3 -wi 3 -i 5}.
 */
public class ScreeningBenchmark extends ScreeningInTurn {

    @Override
    protected List<ScreeningInput> requests() {
        return TypicalRequests.all();
    }

    static final class TypicalRequests {

        private static final String[][] MESSAGES = {
            {
                "de",
                "Guten Tag Frau Werner, in Ihrem Profil ist das Seminar Einwandbehandlung auch als Inhouse-Variante"
                        + " aufgeführt. Unser Innendienst (neun Kolleginnen) hört ständig dieselben Preis-Einwände."
                        + " Wäre ein Trainingstag bei uns in Baunatal im März machbar, und mit welchem Tagessatz"
                        + " müsste ich rechnen? Viele Grüße, Jörg Hallmann"
            },
            {
                "en",
                "Hi Priya, as a seasoned React developer you clearly know your stuff. I believe there's real"
                        + " potential for us to create value together and grow both our networks. I'm always keen"
                        + " to connect with driven people in the Manchester tech scene, so let's explore synergies!"
                        + " Looking forward to connecting, Tyler"
            },
            {
                "de",
                "Hallo Herr Brinkmann, ich habe gesehen, dass Sie segeln – dann kennen Sie das Gefühl, wenn der"
                        + " Wind dreht! Wir organisieren Skippertörns in Kroatien für Firmen. Für Ihre Kanzlei hätte"
                        + " ich einen Frühbucherrabatt von 15 % auf unsere Teamtörns im Juni. Den Katalog schicke ich"
                        + " Ihnen gern zu. Ingo Wiese"
            },
            {
                "en",
                "Hey Dan, found you through your profile – you list stem mastering for streaming. My band just"
                        + " finished tracking a 6 song EP (indie rock, two guitars). Would you be up for mixing and"
                        + " mastering it? We're hoping to release mid September. What's your rate per track?"
                        + " Cheers, Rosie"
            },
            {
                "de",
                "Hallo Frau Krüger, wir sind beide bei BNI – Sie im Chapter Hanse, ich seit dem Frühjahr im"
                        + " Chapter Alster. Über BNI habe ich bisher fast nur gute Leute kennengelernt, deshalb"
                        + " spreche ich Sie hier direkt an. Vielleicht sieht man sich ja beim nächsten"
                        + " Regionaltreffen. Beste Grüße, Sven Harms"
            },
            {
                "en",
                "Hi Rachel, great chatting with you at the Web Summit after-party on Thursday! As promised,"
                        + " here's my invite. I'd love to hear more about your last-mile delivery API when things"
                        + " calm down after the conference, and maybe grab a coffee next time I'm in Dublin."
                        + " Best, Connor"
            },
            {
                "de",
                "hallo herr oehlke, hab in ihrem profil gesehen das sie sich mit umsatzsteuer bei auslandsumsätzen"
                        + " auskennen. ich verkaufe seit diesem jahr meine prints über etsy auch in die usa und nach"
                        + " uk und hab ehrlich gesagt keinen plan ob ich da umsatzsteuer abführen muss. nehmen sie"
                        + " noch neue mandantinnen? lg lena"
            },
            {
                "en",
                "Hello Daniel, I noticed Hargreaves Law isn't showing up on page one for employment lawyer"
                        + " Manchester – your competitors are taking those clients. We help law firms win 20+"
                        + " qualified enquiries a month through SEO and Google Ads. I've put together a free audit"
                        + " of your site; shall I send it over? Chloe"
            },
        };

        static List<ScreeningInput> all() {
            var recipient = new Profile(
                    "Sabine Werner",
                    "Vertriebstrainerin | Telefonakquise & Einwandbehandlung",
                    "Ich trainiere Innen- und Außendienstteams im Mittelstand.",
                    List.of("Inhouse-Training Telefonakquise", "Seminar Einwandbehandlung", "Mixing and mastering"),
                    List.of("Mittelständische Vertriebsteams"),
                    List.of("Segeln", "Jazz"),
                    List.of("BNI Region Hamburg", "Vertrieb & Akquise Nordhessen"),
                    "Werner Vertriebstraining");
            var sender = new Profile(
                    "Jörg Hallmann",
                    "Leiter Innendienst",
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("Landtechnik Vertrieb"),
                    "Fricke Landtechnik GmbH");
            var stats = new SenderStats(4, 0.1, 1, 1, 0.8);
            var context = new RequestContext(0, false, false, 3, List.of("BNI Region Hamburg"), true);
            return java.util.Arrays.stream(MESSAGES)
                    .map(m -> new ScreeningInput(
                            m[1],
                            Language.fromCode(m[0]).map(Optional::of).orElseThrow(),
                            recipient,
                            sender,
                            stats,
                            context))
                    .toList();
        }
    }
}
