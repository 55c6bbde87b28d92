/** Administration: users, tokens and the audit trail's pages, and the audit's retention. */
package org.studykb.web.admin;
