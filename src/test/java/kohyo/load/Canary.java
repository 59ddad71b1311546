package kohyo.load;

/**
 * A class that records being loaded. If a YAML type tag ever made kohyo instantiate a class, naming
 * this one would set the property; the tests check that it stays unset.
 */
public final class Canary {

  public static final String PROPERTY = "kohyo.test.canary";

  static {
    System.setProperty(PROPERTY, "initialised");
  }

  public Canary() {
    System.setProperty(PROPERTY, "constructed");
  }
}
