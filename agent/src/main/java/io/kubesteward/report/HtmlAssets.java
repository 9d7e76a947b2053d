package io.kubesteward.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's one style sheet and one script, inline so the file is whole, and the Content Security
 * Policy that lets only these two run: nothing is fetched when the page is opened, and text that
 * slipped through as markup could neither run nor restyle the page.
 */
final class HtmlAssets {
    static final String STYLE = """
            :root{--fg:#111827;--muted:#4b5563;--line:#e5e7eb;--head:#f3f4f6}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0 auto;max-width:1280px;padding:16px 24px}
            h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
            .meta{color:var(--muted)}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
            .card{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:110px}.card b{display:block;font-size:20px}
            table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}td:last-child{overflow-wrap:anywhere;min-width:200px}.scroll{overflow-x:auto}
            th{background:var(--head);cursor:pointer;white-space:nowrap}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
            td.wrap{max-width:520px}code{font-size:12px}.num{text-align:right}
            .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#e5e7eb;white-space:nowrap}
            tr.blocking td{background:#fef2f2}
            .badge.update{background:#fde68a}.badge.no-update{background:#bbf7d0}.badge.held-back{background:#e9d5ff}
            .badge.lookup-failed{background:#fecaca}.badge.skipped{background:#e5e7eb}.badge.blocking{background:#fecaca}
            .badge.drift{background:#fed7aa}.badge.change{background:#bfdbfe}
            svg{display:block;max-width:100%;height:auto;margin:8px 0}svg text{font:12px system-ui,sans-serif;fill:#111827}
            svg text.muted{fill:#6b7280}.legend{color:var(--muted);font-size:12px}
            @media print{th{cursor:auto}}
            """;

    static final String SCRIPT = """
            (function(){
            function key(c){return c.hasAttribute('data-key')?c.getAttribute('data-key'):c.textContent.trim();}
            document.querySelectorAll('table.sortable').forEach(function(t){
            var heads=t.querySelectorAll('th');
            heads.forEach(function(th,i){
            th.tabIndex=0;th.title='Sort by '+th.textContent;
            function go(){
            var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows),number=th.getAttribute('data-sort')==='number';
            var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
            heads.forEach(function(h){h.removeAttribute('aria-sort');});
            th.setAttribute('aria-sort',dir===1?'ascending':'descending');
            rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);
            if(number){x=parseFloat(x);y=parseFloat(y);x=isNaN(x)?-Infinity:x;y=isNaN(y)?-Infinity:y;return x===y?0:(x<y?-dir:dir);}
            return x.localeCompare(y,undefined,{numeric:true})*dir;});
            rows.forEach(function(r){body.appendChild(r);});}
            th.addEventListener('click',go);
            th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();go();}});
            });});
            var wanted=/^#sort=([A-Za-z0-9-]+):([0-9]+)$/.exec(location.hash);
            if(wanted){var t=document.getElementById(wanted[1]);var th=t&&t.querySelectorAll('th')[+wanted[2]];if(th){th.click();}}
            })();
            """;

    private HtmlAssets() {
    }

    static String contentSecurityPolicy() {
        return "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT) + "'; img-src data:; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
