package dev.assay.server.web;

import dev.assay.server.annotate.Annotations;
import dev.assay.server.annotate.Assignment;
import dev.assay.server.annotate.Assignments;
import dev.assay.server.annotate.PairLabel;
import dev.assay.server.annotate.ProjectAgreement;
import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.server.db.Database;
import dev.assay.server.project.Project;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The web pages: sign in, the projects list, the annotator's task page (keyboard: 1 and 2 pick the
 * answer shown first or second, 3 a tie, u undoes the last label; guidelines beside the task,
 * progress above it) and the lead's dashboard (agreement, labels, position bias, members). Pages
 * are rendered on the server; every form carries the session's CSRF token.
 *
 * <pre>{@code
 * WebRoutes web = new WebRoutes(db);
 * config.routes.get("/p/{id}", web::task);
 * }</pre>
 */
public final class WebRoutes {
  private final Users users;
  private final Sessions sessions;
  private final Projects projects;
  private final Assignments assignments;
  private final Annotations annotations;
  private final dev.assay.server.annotate.Review review;
  private final Database db;
  private final LoginLimiter limiter = new LoginLimiter(Clock.systemUTC());

  public WebRoutes(Database db) {
    this.db = db;
    this.users = new Users(db);
    this.sessions = new Sessions(db);
    this.projects = new Projects(db);
    this.assignments = new Assignments(db);
    this.annotations = new Annotations(db);
    this.review = new dev.assay.server.annotate.Review(db);
  }

  public void loginPage(Context ctx) {
    ctx.html(Html.page("Sign in", null, loginForm(null)));
  }

  public void login(Context ctx) {
    String name = ctx.formParam("name");
    String password = ctx.formParam("password");
    String ip = ctx.ip();
    if (!limiter.allowed(name, ip)) {
      ctx.status(429).html(Html.page("Sign in", null, loginForm("Too many failed sign-ins; wait a minute and try again.")));
      return;
    }
    Optional<Principal> p = name == null || password == null ? Optional.empty() : users.byPassword(name, password);
    if (p.isEmpty()) {
      limiter.failed(name, ip);
      ctx.status(401).html(Html.page("Sign in", null, loginForm("Wrong name or password.")));
      return;
    }
    Sessions.Session s = sessions.open(p.get());
    Cookie c = new Cookie(Sessions.COOKIE, s.id());
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    c.setMaxAge((int) Sessions.TTL.toSeconds());
    ctx.cookie(c);
    ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    sessions.close(ctx.cookie(Sessions.COOKIE));
    ctx.removeCookie(Sessions.COOKIE, "/");
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void home(Context ctx) {
    Optional<Sessions.Session> s = session(ctx);
    if (s.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder("<h1>Projects</h1><table><tr><th>Project</th><th>Your role</th><th></th></tr>");
    for (Project p : projects.visibleTo(s.get().user())) {
      Role r = projects.roleIn(p.id(), s.get().user()).orElse(Role.ANNOTATOR);
      b.append("<tr><td>").append(Html.esc(p.name())).append("</td><td>").append(r.wire()).append("</td><td>");
      if (r == Role.ANNOTATOR || r == Role.LEAD) {
        b.append("<a href=\"/p/").append(p.id()).append("\">Annotate</a> ");
      }
      if (r != Role.ANNOTATOR) {
        b.append("<a href=\"/p/").append(p.id()).append("/lead\">Dashboard</a>");
      }
      b.append("</td></tr>");
    }
    ctx.html(Html.page("Projects", s.get().user().name(), b.append("</table>").toString()));
  }

  public void task(Context ctx) {
    Optional<Access> a = access(ctx, Role.ANNOTATOR, Role.LEAD);
    if (a.isEmpty()) {
      return;
    }
    Project p = a.get().project;
    Principal me = a.get().session.user();
    Optional<Assignment> next;
    try {
      next = assignments.next(p, me.id());
    } catch (Assignments.NotQualified e) {
      ctx.status(403).html(Html.page(p.name(), me.name(), "<p class=\"error\" id=\"unqualified\">" + Html.esc(e.getMessage()) + "</p>"));
      return;
    }
    long[] progress = assignments.progress(p.id(), me.id(), p.overlap());
    String csrf = Html.esc(a.get().session.csrf());
    StringBuilder b = new StringBuilder("<h1>").append(Html.esc(p.name())).append("</h1><p class=\"muted\" id=\"progress\">Done ")
        .append(progress[0]).append(next.isPresent() ? ", this one and " + (progress[1] - 1) + " more to go" : "").append("</p>");
    b.append("<div class=\"layout\"><div>");
    if (next.isEmpty()) {
      b.append("<p id=\"done\">Nothing left for you in this project. Thank you!</p>");
    } else {
      Assignment as = next.get();
      b.append("<div class=\"side\"><strong>Instruction</strong><div id=\"instruction\">")
          .append(Html.esc(as.item().path("instruction").asString())).append("</div></div>");
      if (p.pairwise()) {
        String first = as.swapped() ? "output_b" : "output_a";
        String second = as.swapped() ? "output_a" : "output_b";
        b.append("<div class=\"task\">")
            .append("<div class=\"answer\" id=\"first\"><h3>Answer 1 <kbd>1</kbd></h3>").append(Html.esc(as.item().path(first).asString()))
            .append("</div><div class=\"answer\" id=\"second\"><h3>Answer 2 <kbd>2</kbd></h3>")
            .append(Html.esc(as.item().path(second).asString())).append("</div></div>");
      } else {
        b.append("<div class=\"answer\" id=\"output\"><h3>Answer</h3>").append(Html.esc(as.item().path("output").asString()))
            .append("</div>");
      }
      b.append("<form method=\"post\" action=\"/p/").append(p.id()).append("/label\" id=\"label\" class=\"keys\">")
          .append("<input type=\"hidden\" name=\"csrf\" value=\"").append(csrf).append("\">")
          .append("<input type=\"hidden\" name=\"item\" value=\"").append(Html.esc(as.itemId())).append("\">")
          .append("<input type=\"hidden\" name=\"elapsed_ms\" value=\"\">")
          .append("<p><input name=\"reason\" id=\"reason\" placeholder=\"Reason (optional)\" size=\"60\"></p>");
      if (p.pairwise()) {
        b.append("<button name=\"position\" value=\"first\" id=\"pick1\">Answer 1 is better <kbd>1</kbd></button>")
            .append("<button name=\"position\" value=\"second\" id=\"pick2\">Answer 2 is better <kbd>2</kbd></button>")
            .append("<button name=\"position\" value=\"tie\" id=\"pick3\">Tie <kbd>3</kbd></button></form>");
      } else {
        for (int score = 1; score <= p.scaleMax(); score++) {
          b.append("<button name=\"position\" value=\"").append(score).append("\" id=\"pick").append(score).append("\">").append(score)
              .append(" <kbd>").append(score).append("</kbd></button>");
        }
        b.append("</form>");
      }
    }
    b.append("<form method=\"post\" action=\"/p/").append(p.id()).append("/undo\" id=\"undo\"><input type=\"hidden\" name=\"csrf\" value=\"")
        .append(csrf).append("\"><button>Undo last <kbd>u</kbd></button></form></div>")
        .append("<aside class=\"side\"><strong>Guidelines</strong>").append(Html.markdown(p.guidelines())).append("</aside></div>")
        .append(KEYS);
    ctx.html(Html.page(p.name(), me.name(), b.toString()));
  }

  public void label(Context ctx) {
    Optional<Access> a = access(ctx, Role.ANNOTATOR, Role.LEAD);
    if (a.isEmpty() || !csrf(ctx, a.get().session)) {
      return;
    }
    Project p = a.get().project;
    String item = ctx.formParam("item");
    Optional<Assignment> open = assignments.open(p.id(), a.get().session.user().id());
    if (open.isEmpty() || !open.get().itemId().equals(item)) {
      ctx.redirect("/p/" + p.id(), io.javalin.http.HttpStatus.SEE_OTHER); // stale page: show the current item
      return;
    }
    String position = String.valueOf(ctx.formParam("position")).toLowerCase(Locale.ROOT);
    boolean swapped = open.get().swapped();
    String label = !p.pairwise() ? dev.assay.server.annotate.Labels.parse(p, position) : switch (position) {
      case "first" -> (swapped ? PairLabel.B : PairLabel.A).wire();
      case "second" -> (swapped ? PairLabel.A : PairLabel.B).wire();
      case "tie" -> PairLabel.TIE.wire();
      default -> throw new dev.assay.core.AssayInputException("position: expected first, second or tie");
    };
    Double seconds = null;
    try {
      seconds = Long.parseLong(String.valueOf(ctx.formParam("elapsed_ms"))) / 1000.0;
    } catch (NumberFormatException e) {
      // no timing from the page
    }
    String reason = ctx.formParam("reason");
    try {
      annotations.save(p.id(), a.get().session.user().id(), item, label, reason == null || reason.isBlank() ? null : reason,
          seconds == null ? null : Math.min(seconds, 86400));
    } catch (Annotations.Refused ignored) {
      // a double submit: the first one counted
    }
    ctx.redirect("/p/" + p.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void undo(Context ctx) {
    Optional<Access> a = access(ctx, Role.ANNOTATOR, Role.LEAD);
    if (a.isEmpty() || !csrf(ctx, a.get().session)) {
      return;
    }
    annotations.undo(a.get().project.id(), a.get().session.user().id(), null);
    ctx.redirect("/p/" + a.get().project.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void dashboard(Context ctx) {
    Optional<Access> a = access(ctx, Role.LEAD, Role.CLIENT);
    if (a.isEmpty()) {
      return;
    }
    ctx.html(Html.page(a.get().project.name(), a.get().session.user().name(),
        Dashboard.body(a.get().project, ProjectAgreement.of(db, a.get().project), projects.members(a.get().project.id()),
            review.disagreements(a.get().project.id(), 20), review.goldAccuracy(a.get().project.id()), a.get().session.csrf())));
  }

  public void adjudicate(Context ctx) {
    Optional<Access> a = access(ctx, Role.LEAD);
    if (a.isEmpty() || !csrf(ctx, a.get().session)) {
      return;
    }
    String reason = ctx.formParam("reason");
    review.adjudicate(a.get().project.id(), a.get().session.user().id(), ctx.formParam("item"),
        dev.assay.server.annotate.Labels.parse(a.get().project, ctx.formParam("label")),
        reason == null || reason.isBlank() ? null : reason);
    ctx.redirect("/p/" + a.get().project.id() + "/lead", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  public void addMember(Context ctx) {
    Optional<Access> a = access(ctx, Role.LEAD);
    if (a.isEmpty() || !csrf(ctx, a.get().session)) {
      return;
    }
    projects.addMember(a.get().project.id(), ctx.formParam("user"), Role.of(ctx.formParam("role")));
    ctx.redirect("/p/" + a.get().project.id() + "/lead", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private record Access(Sessions.Session session, Project project) {}

  /** The session, or a redirect to the sign-in page. */
  private Optional<Sessions.Session> session(Context ctx) {
    Optional<Sessions.Session> s = sessions.find(ctx.cookie(Sessions.COOKIE));
    if (s.isEmpty()) {
      ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }
    return s;
  }

  /** The project of {@code {id}} for a member with one of {@code roles} (404 page for others, as the API). */
  private Optional<Access> access(Context ctx, Role... roles) {
    Optional<Sessions.Session> s = session(ctx);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      id = -1;
    }
    Projects.Access a = projects.access(id, s.get().user(), roles);
    if (a.verdict() == Projects.Verdict.NOT_FOUND) {
      ctx.status(404).html(Html.page("Not found", s.get().user().name(), "<p class=\"error\">No such project.</p>"));
      return Optional.empty();
    }
    if (a.verdict() == Projects.Verdict.FORBIDDEN) {
      ctx.status(403).html(Html.page("Forbidden", s.get().user().name(), "<p class=\"error\">Your role in this project is "
          + a.role().wire() + ".</p>"));
      return Optional.empty();
    }
    return Optional.of(new Access(s.get(), a.project()));
  }

  private static boolean csrf(Context ctx, Sessions.Session s) {
    String sent = ctx.formParam("csrf");
    if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(), s.csrf().getBytes())) {
      ctx.status(403).html(Html.page("Forbidden", s.user().name(), "<p class=\"error\">This form expired; reload the page.</p>"));
      return false;
    }
    return true;
  }

  private static String loginForm(String error) {
    return "<h1>Sign in</h1>" + (error == null ? "" : "<p class=\"error\" id=\"error\">" + Html.esc(error) + "</p>")
        + "<form method=\"post\" action=\"/login\"><p><label>Name <input name=\"name\" id=\"name\" autofocus></label></p>"
        + "<p><label>Password <input name=\"password\" id=\"password\" type=\"password\"></label></p>"
        + "<p><button id=\"signin\">Sign in</button></p></form>";
  }

  /** 1/2/3 pick, u undoes; typing in the reason box types. The page's load time gives the time spent. */
  private static final String KEYS = "<script>(function(){var t0=Date.now();var f=document.getElementById('label');"
      + "function pick(n){if(!f)return;f.elements['elapsed_ms'].value=String(Date.now()-t0);"
      + "var b=document.getElementById('pick'+n);if(f.requestSubmit){f.requestSubmit(b);}else{b.click();}}"
      + "document.addEventListener('keydown',function(e){if(e.target&&e.target.tagName==='INPUT')return;"
      + "if(/^[1-9]$/.test(e.key)&&document.getElementById('pick'+e.key)){e.preventDefault();pick(e.key);}"
      + "else if(e.key==='u'){e.preventDefault();document.getElementById('undo').submit();}});"
      + "if(f){f.addEventListener('submit',function(){f.elements['elapsed_ms'].value=String(Date.now()-t0);});}})();</script>";
}
