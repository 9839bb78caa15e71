package com.sesadvisor.api;

import com.sesadvisor.rules.ReloadOutcome;
import com.sesadvisor.rules.RuleBaseReloader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of the rule base. */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "Rules", description = "Rule-base administration")
class RulesController {

    private final RuleBaseReloader reloader;

    RulesController(RuleBaseReloader reloader) {
        this.reloader = reloader;
    }

    /** 200 with the new version, or 422 with the compile errors (the last good rule base keeps serving). */
    @PostMapping("/reload")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Recompile the rules folder; on error the last good rule base keeps serving (admins only)")
    ResponseEntity<ReloadOutcome> reload(Principal principal) {
        ReloadOutcome outcome = reloader.reload(principal.getName());
        return ResponseEntity.status(outcome.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }
}
