package org.cctvportal.dashboard;

import java.util.List;
import org.cctvportal.rota.ProfileBreaks;

/** A hub's rostered shifts ahead that operators' profiles now break, as the hub dashboard lists them. */
public record HubBreaks(long id, String name, List<ProfileBreaks.Broken> broken) {
}
