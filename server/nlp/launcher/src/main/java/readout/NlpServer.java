package readout;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import javax.json.Json;
import javax.json.JsonArrayBuilder;
import javax.json.JsonObject;
import javax.json.JsonObjectBuilder;
import javax.json.JsonReader;
import javax.json.JsonString;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Readout's Stanford CoreNLP process: tokens, sentences, part of speech, lemmas, the statistical CRF NER with
 * SUTime's date normaliser, and the neural dependency parser (enhanced++ graph), over stdin/stdout, one JSON object
 * per line each way. No ports.
 *
 * <pre>
 *   stdin : {"id":"a1","text":"...","date":"2024-07-08"}        date (optional): the publication day, SUTime's anchor
 *   stdout: {"ready":true,"version":"4.5.10","annotators":"...","loadMs":2500}          once, models loaded
 *           {"id":"a1","sentences":[{"begin":0,"end":42,
 *                                    "tokens":[{"text","begin","end","pos","lemma","ner","norm"?}],
 *                                    "deps":[[governor,"relation",dependent],...]}]}
 *           {"id":"a1","error":"..."}                                                  one request failed
 * </pre>
 * Offsets are UTF-16 code units into "text" (Java and JavaScript string indexes agree), so text.slice(begin, end)
 * is the token. "norm" is NER's normalised value where it has one: SUTime's TIMEX3 value for DATE and TIME tokens
 * ("2024-07-08", "2024-07", "XXXX-07-24", "PRESENT_REF"), resolved against "date". In "deps" tokens are 0-based
 * indexes into the sentence's tokens, the root's governor -1. (Parsing only sentences that name something was
 * measured: it skips 6% of a news page's tokens, not worth a sentence the gazetteers alone name going unparsed.)
 * The process exits when stdin closes: a parent that died, even by kill -9, takes it along.
 * Logs go to stderr.
 *
 * Arguments: --threads=N (requests annotated at once, default 1), --newline-break=always|two|never (default
 * always: news pages are line-structured).
 */
public final class NlpServer {
  private static final String NER = "edu/stanford/nlp/models/ner/english.";

  private final StanfordCoreNLP pipeline;

  NlpServer(Map<String, String> opts) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    // Exact source offsets.
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ssplit.newlineIsSentenceBreak", opts.getOrDefault("newline-break", "always"));
    // The 3-class CRF decides PERSON/LOCATION/ORGANIZATION; the CoNLL 4-class one only adds MISC (demonyms,
    // events) where the first said O. CoreNLP's default adds the 7-class MUC model, whose dates and money are
    // noise here, and KBP regexner, which costs time and is not used. SUTime (which needs the numeric
    // classifiers) normalises dates against the document date: "late on Monday", "tomorrow", "Thursday last week".
    p.setProperty("ner.model", NER + "all.3class.distsim.crf.ser.gz," + NER + "conll.4class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.buildEntityMentions", "false");
    // Tag the tokens as tokenized: NER's own re-tokenization glues "UK-India" into one token.
    p.setProperty("ner.useNERSpecificTokenization", "false");
    // A page without line breaks can hold one enormous "sentence": bound the work spent on it. The parser is
    // linear in a sentence's length and gets no timeout of its own: one would make its output depend on how busy
    // the machine is (a sentence parsed on a quiet machine, lost on a loaded one); the request's own timeout,
    // on the Node side, bounds an article.
    p.setProperty("pos.maxlen", "300");
    p.setProperty("ner.maxlen", "300");
    pipeline = new StanfordCoreNLP(p);
  }

  JsonObject annotate(String id, String text, String date) {
    Annotation doc = new Annotation(text);
    if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, date);
    pipeline.annotate(doc);
    JsonArrayBuilder sentences = Json.createArrayBuilder();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      JsonArrayBuilder tj = Json.createArrayBuilder();
      for (CoreLabel t : tokens) {
        JsonObjectBuilder token = Json.createObjectBuilder()
            .add("text", text.substring(t.beginPosition(), t.endPosition()))
            .add("begin", t.beginPosition())
            .add("end", t.endPosition())
            .add("pos", t.tag() == null ? "" : t.tag())
            .add("lemma", t.lemma() == null ? "" : t.lemma())
            .add("ner", t.ner() == null ? "O" : t.ner());
        String norm = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (norm != null && !norm.isEmpty()) token.add("norm", norm);
        tj.add(token);
      }
      JsonObjectBuilder sj = Json.createObjectBuilder()
          .add("begin", s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class))
          .add("end", s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))
          .add("tokens", tj);
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        JsonArrayBuilder dj = Json.createArrayBuilder();
        for (IndexedWord root : graph.getRoots()) dj.add(Json.createArrayBuilder().add(-1).add("root").add(root.index() - 1));
        for (SemanticGraphEdge e : graph.edgeListSorted())
          dj.add(Json.createArrayBuilder()
              .add(e.getGovernor().index() - 1)
              .add(e.getRelation().toString())
              .add(e.getDependent().index() - 1));
        sj.add("deps", dj);
      }
      sentences.add(sj);
    }
    return Json.createObjectBuilder().add("id", id).add("sentences", sentences).build();
  }

  /** One request line to one reply line; a bad request answers with an error and harms no other. */
  JsonObject handle(String line) {
    String id = "";
    try (JsonReader reader = Json.createReader(new StringReader(line))) {
      JsonObject request = reader.readObject();
      id = request.getString("id", "");
      if (!(request.get("text") instanceof JsonString)) throw new IllegalArgumentException("\"text\" must be a string");
      return annotate(id, request.getString("text"), request.containsKey("date") ? request.getString("date") : null);
    } catch (Exception | StackOverflowError e) {
      return Json.createObjectBuilder().add("id", id).add("error", String.valueOf(e)).build();
    }
  }

  public static void main(String[] args) throws Exception {
    // The protocol owns stdout; whatever a library prints goes to stderr instead.
    PrintStream out = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    Map<String, String> opts = new LinkedHashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) throw new IllegalArgumentException("unknown argument: " + a);
      String[] kv = a.substring(2).split("=", 2);
      opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    long started = System.nanoTime();
    NlpServer server = new NlpServer(opts);
    server.annotate("warm-up", "Warm up the models in London on Monday.", "2024-01-01");
    out.println(Json.createObjectBuilder()
        .add("ready", true)
        .add("version", "4.5.10")
        .add("annotators", server.pipeline.getProperties().getProperty("annotators"))
        .add("loadMs", (System.nanoTime() - started) / 1_000_000)
        .build());
    out.flush();

    int threads = Math.max(1, Integer.parseInt(opts.getOrDefault("threads", "1")));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      String request = line;
      pool.execute(() -> {
        JsonObject reply = server.handle(request);
        synchronized (out) {
          out.println(reply);
          out.flush();
        }
      });
    }
    // stdin closed: the parent is gone.
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.SECONDS);
    System.exit(0);
  }
}
