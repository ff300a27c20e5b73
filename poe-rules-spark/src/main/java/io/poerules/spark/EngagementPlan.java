package io.poerules.spark;

import io.poerules.api.Claim;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The listed files sorted out as {@code poe validate} does: a folder holding a {@code claim.json} is an
 * engagement, holding the documents under it but for those of subfolders that are engagements of their own;
 * the other documents stand alone. Files are named by URI; the claims are not documents.
 *
 * @param alone       the documents outside any engagement, in the order listed
 * @param engagements each engagement folder's documents, by folder URI (an engagement may have none)
 */
record EngagementPlan(List<String> alone, Map<String, List<String>> engagements) {

    static EngagementPlan of(List<String> listed) {
        Set<String> folders = new HashSet<>();
        listed.stream().filter(EngagementPlan::isClaim).forEach(uri -> folders.add(uri.substring(0, uri.lastIndexOf('/'))));
        List<String> alone = new ArrayList<>();
        Map<String, List<String>> engagements = new TreeMap<>();
        folders.forEach(folder -> engagements.put(folder, new ArrayList<>()));
        for (String uri : listed) {
            if (isClaim(uri)) {
                continue;
            }
            String folder = engagementOf(uri, folders);
            if (folder == null) {
                alone.add(uri);
            } else {
                engagements.get(folder).add(uri);
            }
        }
        return new EngagementPlan(alone, engagements);
    }

    static boolean isClaim(String uri) {
        return uri.endsWith("/" + Claim.FILE_NAME);
    }

    /** The nearest folder above the file that holds a claim, or null. */
    private static String engagementOf(String uri, Set<String> folders) {
        for (int slash = uri.lastIndexOf('/'); slash > 0; slash = uri.lastIndexOf('/', slash - 1)) {
            String folder = uri.substring(0, slash);
            if (folders.contains(folder)) {
                return folder;
            }
        }
        return null;
    }
}
